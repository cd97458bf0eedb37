using System.Numerics;
using System.Runtime.CompilerServices;

namespace QuoteMiner.Entities;

/// <summary>
/// Turns the words of a sentence into hashed feature ids (feature hashing into 2^HashBits buckets).
/// Static features depend on the words only and are computed once per sentence; the few features on the
/// previous two predicted tags are added during decoding (<see cref="Dynamic"/>).
/// Feature templates (each hashed with its template id, so values never collide across templates by design):
/// word, lower-cased word, shape (Xxxx → Xx, U.S. → X.X., 1984 → d), lower-case prefixes and suffixes 1–4,
/// lower-cased words and shapes at ±1 and ±2, word bigrams, the shape trigram, the exact neighbouring
/// words, capitalisation in context (capitalised × sentence-initial × all-caps × digits), the position in the
/// sentence, the word × sentence-initial, and the gazetteer flags (first name here / before, honorific or
/// office before, country, demonym, place (also as a bigram), organisation word here or within the next three),
/// and the capitalised run the word stands in (see <see cref="CapitalisedRuns"/>): its first and last word, length,
/// the words before and after it, a title inside it before or after the word, a place head word (Park, County)
/// ending it, each with the word's position in the run.
/// </summary>
public sealed class NerFeatures
{
    /// <summary>Upper bound on static features per token.</summary>
    public const int MaxStatic = 96;

    public const int DynamicCount = 4;

    private const uint Bos = 0x51ED270B;
    private const uint Eos = 0x7A3B9C21;

    private readonly NerGazetteer gazetteer;
    private readonly uint mask;

    public NerFeatures(int hashBits, NerGazetteer? gazetteer = null)
    {
        if (hashBits is < 8 or > 26)
        {
            throw new ArgumentOutOfRangeException(nameof(hashBits), hashBits, "Hash bits must be in 8..26.");
        }

        HashBits = hashBits;
        mask = (1u << hashBits) - 1;
        this.gazetteer = gazetteer ?? NerGazetteer.None;
    }

    public int HashBits { get; }

    public int Buckets => 1 << HashBits;

    public NerGazetteer Gazetteer => gazetteer;

    /// <summary>
    /// Fills <paramref name="features"/> (length ≥ words × <see cref="MaxStatic"/>; token i's ids start at
    /// i × MaxStatic), <paramref name="counts"/> and the per-token keys the dynamic features need.
    /// </summary>
    public void Extract(string[] words, int[] features, int[] counts, uint[] shapeKeys, uint[] lowerKeys, uint domainKey = 0)
    {
        var n = words.Length;
        Span<uint> lower = n <= 256 ? stackalloc uint[n] : new uint[n];
        Span<uint> shape = n <= 256 ? stackalloc uint[n] : new uint[n];
        Span<uint> exact = n <= 256 ? stackalloc uint[n] : new uint[n];
        Span<byte> cap = n <= 256 ? stackalloc byte[n] : new byte[n];
        var firstWord = -1;
        for (var i = 0; i < n; i++)
        {
            var w = words[i];
            exact[i] = HashString(w, false);
            lower[i] = HashString(w, true);
            shape[i] = HashShape(w);
            cap[i] = CapitalisationClass(w);
            if (firstWord < 0 && HasLetterOrDigit(w))
            {
                firstWord = i;
            }

            shapeKeys[i] = shape[i];
            lowerKeys[i] = lower[i];
        }

        Span<int> runStart = n <= 256 ? stackalloc int[n] : new int[n];
        Span<int> runEnd = n <= 256 ? stackalloc int[n] : new int[n];
        CapitalisedRuns.Find(words, runStart, runEnd);

        // Prefix counts of title-like words inside runs, so each word of a run finds a title before or after it
        // in constant time (a lexicon lookup per word, not per pair of words).
        Span<int> titlesBefore = n < 256 ? stackalloc int[n + 1] : new int[n + 1];
        titlesBefore[0] = 0;
        for (var i = 0; i < n; i++)
        {
            var titleLike = runEnd[i] > runStart[i] && !gazetteer.IsEmpty
                && (gazetteer.IsOffice(words[i]) || gazetteer.IsHonorific(words[i]) || gazetteer.IsDemonym(words[i]));
            titlesBefore[i + 1] = titlesBefore[i] + (titleLike ? 1 : 0);
        }

        for (var i = 0; i < n; i++)
        {
            var f = features.AsSpan(i * MaxStatic, MaxStatic);
            var k = 0;
            var w = words[i];
            var initial = i <= firstWord ? 1u : 0u;
            f[k++] = Bucket(1, exact[i]);
            f[k++] = Bucket(2, lower[i]);
            f[k++] = Bucket(3, shape[i]);
            var len = w.Length;
            for (var p = 1; p <= 4 && p <= len; p++)
            {
                f[k++] = Bucket((uint)(3 + p), HashLower(w.AsSpan(0, p)));
                f[k++] = Bucket((uint)(7 + p), HashLower(w.AsSpan(len - p, p)));
            }

            var lm2 = i >= 2 ? lower[i - 2] : Bos;
            var lm1 = i >= 1 ? lower[i - 1] : Bos;
            var lp1 = i + 1 < n ? lower[i + 1] : Eos;
            var lp2 = i + 2 < n ? lower[i + 2] : Eos;
            var sm2 = i >= 2 ? shape[i - 2] : Bos;
            var sm1 = i >= 1 ? shape[i - 1] : Bos;
            var sp1 = i + 1 < n ? shape[i + 1] : Eos;
            var sp2 = i + 2 < n ? shape[i + 2] : Eos;
            f[k++] = Bucket(12, lm2);
            f[k++] = Bucket(13, lm1);
            f[k++] = Bucket(14, lp1);
            f[k++] = Bucket(15, lp2);
            f[k++] = Bucket(16, sm2);
            f[k++] = Bucket(17, sm1);
            f[k++] = Bucket(18, sp1);
            f[k++] = Bucket(19, sp2);
            f[k++] = Bucket(20, lm1, lower[i]);
            f[k++] = Bucket(21, lower[i], lp1);
            f[k++] = Bucket(22, sm1, shape[i], sp1);
            f[k++] = Bucket(23, i >= 1 ? exact[i - 1] : Bos);
            f[k++] = Bucket(24, i + 1 < n ? exact[i + 1] : Eos);
            f[k++] = Bucket(25, (uint)cap[i] | (initial << 4));
            f[k++] = Bucket(26, (uint)cap[i] | ((i >= 1 ? (uint)cap[i - 1] : 15u) << 4) | ((i + 1 < n ? (uint)cap[i + 1] : 15u) << 8));
            f[k++] = Bucket(27, PositionClass(i, n));
            f[k++] = Bucket(28, lower[i], initial);
            if (runEnd[i] > runStart[i])
            {
                k = RunFeatures(words, i, runStart[i], runEnd[i], lower, titlesBefore, firstWord, f, k);
            }

            if (!gazetteer.IsEmpty)
            {
                k = GazetteerFeatures(words, i, cap, f, k);
            }

            if (domainKey != 0)
            {
                // Feature augmentation for domain adaptation (Daumé 2007): every feature once shared by all
                // domains and once specific to the sentence's domain.
                var shared = k;
                for (var j = 0; j < shared; j++)
                {
                    f[k++] = Bucket(99, (uint)f[j], domainKey);
                }
            }

            counts[i] = k;
        }
    }

    /// <summary>The key of a domain name for <see cref="Extract"/> (0 for none).</summary>
    public static uint DomainKey(string? domain) => string.IsNullOrEmpty(domain) ? 0u : HashString(domain, true) | 1u;

    /// <summary>
    /// Features of the capitalised run a word stands in ("Riverside Park", "Ontario Premier Doug Reardon"):
    /// the run's last word decides the type of a name more often than its first (Park, Council, Avenue), so every
    /// word of the run sees the run's first and last word, its length, the words around it, and where a title
    /// stands in it, each with the word's own position in the run.
    /// </summary>
    /// <param name="titlesBefore">For each j, how many words before j in the sentence are titles, honorifics or demonyms inside a run.</param>
    private int RunFeatures(string[] words, int i, int start, int end, ReadOnlySpan<uint> lower, ReadOnlySpan<int> titlesBefore, int firstWord, Span<int> f, int k)
    {
        var position = (uint)(end - start == 1 ? 0 : i == start ? 1 : i == end - 1 ? 3 : 2);
        var length = (uint)Math.Min(end - start, 4);
        var initial = start <= firstWord ? 1u : 0u;
        f[k++] = Bucket(70, lower[end - 1], position);
        f[k++] = Bucket(71, lower[start], position);
        f[k++] = Bucket(72, length | (position << 4) | (initial << 8));
        f[k++] = Bucket(73, start >= 1 ? lower[start - 1] : Bos, position);
        f[k++] = Bucket(74, end < words.Length ? lower[end] : Eos, position);
        if (!gazetteer.IsEmpty)
        {
            var titleBefore = titlesBefore[i] > titlesBefore[start] ? 1u : 0u;
            var titleAfter = titlesBefore[end] > titlesBefore[i + 1] ? 1u : 0u;

            if ((titleBefore | titleAfter) != 0)
            {
                f[k++] = Bucket(75, titleBefore | (titleAfter << 1), position);
            }

            if (end - start >= 2 && gazetteer.IsPlaceWord(words[end - 1]))
            {
                f[k++] = Bucket(76, position);
            }
        }

        return k;
    }

    private int GazetteerFeatures(string[] words, int i, ReadOnlySpan<byte> cap, Span<int> f, int k)
    {
        var w = words[i];
        var capitalised = (cap[i] & 1) != 0;
        var previous = i >= 1 ? words[i - 1] : null;
        if (capitalised && gazetteer.IsFirstName(w))
        {
            f[k++] = Bucket(40, 1);
        }

        if (previous is not null && (cap[i - 1] & 1) != 0 && gazetteer.IsFirstName(previous))
        {
            f[k++] = Bucket(41, (uint)cap[i]);
        }

        if (previous is not null && gazetteer.IsHonorific(previous))
        {
            f[k++] = Bucket(42, (uint)cap[i]);
        }
        else if (i >= 2 && (cap[i - 1] & 1) != 0 && gazetteer.IsHonorific(words[i - 2]))
        {
            f[k++] = Bucket(43, (uint)cap[i]);
        }

        if (previous is not null && gazetteer.IsOffice(previous))
        {
            f[k++] = Bucket(44, (uint)cap[i]);
        }

        if (gazetteer.IsHonorific(w))
        {
            f[k++] = Bucket(45, 1);
        }
        else if (gazetteer.IsOffice(w))
        {
            f[k++] = Bucket(46, (uint)cap[i]);
        }

        if (capitalised)
        {
            if (gazetteer.IsCountry(w))
            {
                f[k++] = Bucket(47, 1);
            }
            else if (gazetteer.IsDemonym(w))
            {
                f[k++] = Bucket(48, 1);
            }

            if (gazetteer.IsPlace(w))
            {
                f[k++] = Bucket(49, 1);
            }

            if (previous is not null && (cap[i - 1] & 1) != 0 && gazetteer.IsPlace(previous + " " + w))
            {
                f[k++] = Bucket(50, 2);
            }

            if (i + 1 < words.Length && (cap[i + 1] & 1) != 0 && gazetteer.IsPlace(w + " " + words[i + 1]))
            {
                f[k++] = Bucket(50, 1);
            }

            if (gazetteer.IsOrganizationWord(w))
            {
                f[k++] = Bucket(51, 0);
            }
            else
            {
                for (var d = 1; d <= 3 && i + d < words.Length; d++)
                {
                    if ((cap[i + d] & 1) == 0 && words[i + d] is not ("of" or "and" or "&" or "for" or "the"))
                    {
                        break;
                    }

                    if (gazetteer.IsOrganizationWord(words[i + d]))
                    {
                        f[k++] = Bucket(51, (uint)d);
                        break;
                    }
                }
            }
        }

        return k;
    }

    /// <summary>Ids of the features on the previous two tags, for token <paramref name="i"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Dynamic(int previous, int previous2, uint shapeKey, uint lowerKey, Span<int> output)
    {
        output[0] = Bucket(60, (uint)previous);
        output[1] = Bucket(61, (uint)previous, (uint)previous2);
        output[2] = Bucket(62, (uint)previous, shapeKey);
        output[3] = Bucket(63, (uint)previous, lowerKey);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int Bucket(uint template, uint a) => (int)(Finish(Combine(Combine(0x9747B28C, template), a)) & mask);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int Bucket(uint template, uint a, uint b) => (int)(Finish(Combine(Combine(Combine(0x9747B28C, template), a), b)) & mask);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int Bucket(uint template, uint a, uint b, uint c) =>
        (int)(Finish(Combine(Combine(Combine(Combine(0x9747B28C, template), a), b), c)) & mask);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint Combine(uint h, uint v)
    {
        v *= 0xCC9E2D51;
        v = BitOperations.RotateLeft(v, 15);
        h ^= v * 0x1B873593;
        h = BitOperations.RotateLeft(h, 13);
        return h * 5 + 0xE6546B64;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint Finish(uint h)
    {
        h ^= h >> 16;
        h *= 0x85EBCA6B;
        h ^= h >> 13;
        h *= 0xC2B2AE35;
        h ^= h >> 16;
        return h;
    }

    private static uint HashString(string s, bool lower)
    {
        var h = 2166136261u;
        foreach (var c in s)
        {
            h = (h ^ (lower ? char.ToLowerInvariant(c) : c)) * 16777619u;
        }

        return h;
    }

    private static uint HashLower(ReadOnlySpan<char> s)
    {
        var h = 2166136261u ^ (uint)s.Length;
        foreach (var c in s)
        {
            h = (h ^ char.ToLowerInvariant(c)) * 16777619u;
        }

        return h;
    }

    /// <summary>The short word shape: X for upper, x for lower, d for digit, other chars as they are, runs collapsed.</summary>
    public static string Shape(string word)
    {
        var chars = new List<char>(word.Length);
        foreach (var c in word)
        {
            var s = ShapeChar(c);
            if (chars.Count == 0 || chars[^1] != s)
            {
                chars.Add(s);
            }
        }

        return new string([.. chars]);
    }

    private static uint HashShape(string word)
    {
        var h = 2166136261u;
        var last = '\0';
        var length = 0;
        foreach (var c in word)
        {
            var s = ShapeChar(c);
            if (s != last && length < 8)
            {
                h = (h ^ s) * 16777619u;
                last = s;
                length++;
            }
        }

        return h;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static char ShapeChar(char c) =>
        char.IsUpper(c) ? 'X' : char.IsLower(c) ? 'x' : char.IsDigit(c) ? 'd' : char.IsLetter(c) ? 'x' : c;

    /// <summary>Bit 0 capitalised, bit 1 all caps (2+ letters), bit 2 has a digit, bit 3 mixed case inside (McDonald, iPhone).</summary>
    private static byte CapitalisationClass(string w)
    {
        if (w.Length == 0)
        {
            return 0;
        }

        var upper = 0;
        var letters = 0;
        var digit = false;
        var innerUpper = false;
        for (var i = 0; i < w.Length; i++)
        {
            var c = w[i];
            if (char.IsLetter(c))
            {
                letters++;
                if (char.IsUpper(c))
                {
                    upper++;
                    innerUpper |= i > 0;
                }
            }
            else if (char.IsDigit(c))
            {
                digit = true;
            }
        }

        var result = 0;
        if (char.IsUpper(w[0]))
        {
            result |= 1;
        }

        if (letters >= 2 && upper == letters)
        {
            result |= 2;
        }
        else if (innerUpper && upper < letters)
        {
            result |= 8;
        }

        if (digit)
        {
            result |= 4;
        }

        return (byte)result;
    }

    private static bool HasLetterOrDigit(string w)
    {
        foreach (var c in w)
        {
            if (char.IsLetterOrDigit(c))
            {
                return true;
            }
        }

        return false;
    }

    private static uint PositionClass(int i, int n) => i switch
    {
        0 => 0,
        1 => 1,
        2 => 2,
        _ when i == n - 1 => 3,
        _ when i == n - 2 => 4,
        _ => 5,
    };
}
