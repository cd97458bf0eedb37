using QuoteMiner.Documents;

namespace QuoteMiner.Tests.Tokenization;

public class WebTokenTests
{
    [TestCase("https://news.example.com/2024/05/story.html?ref=home#top")]
    [TestCase("http://example.org")]
    [TestCase("www.example.com")]
    [TestCase("www.example.com/politics/")]
    [TestCase("bbc.co.uk/news")]
    [TestCase("example.com")]
    public void Address_is_one_url_token(string address)
    {
        $"Read {address} today".TokenTextsWithKinds().Should().Equal("Read/Word", $"{address}/Url", "today/Word");
    }

    [Test]
    public void Sentence_punctuation_after_an_address_is_not_part_of_it()
    {
        "Details are at https://example.com/report.".TokenTexts()
            .Should().Equal("Details", "are", "at", "https://example.com/report", ".");
        "Visit www.example.com, then call.".TokenTexts().Should().Equal("Visit", "www.example.com", ",", "then", "call", ".");
        "(see https://example.com/a)".TokenTexts().Should().Equal("(", "see", "https://example.com/a", ")");
        "It is at \"https://example.com/x\".".TokenTexts().Should().Equal("It", "is", "at", "\"", "https://example.com/x", "\"", ".");
    }

    [Test]
    public void Brackets_inside_an_address_are_kept()
    {
        "See https://en.example.org/wiki/Acme_(company).".TokenTexts()
            .Should().Equal("See", "https://en.example.org/wiki/Acme_(company)", ".");
    }

    [Test]
    public void Email_address_is_one_token()
    {
        "Write to press.office@ministry.gov.uk.".TokenTextsWithKinds()
            .Should().Equal("Write/Word", "to/Word", "press.office@ministry.gov.uk/Email", "./Punctuation");
    }

    [Test]
    public void Handle_is_one_token()
    {
        "@AcmeNews_2 posted it".TokenTextsWithKinds().Should().Equal("@AcmeNews_2/Handle", "posted/Word", "it/Word");
    }

    [Test]
    public void Hashtag_is_one_token()
    {
        "The #MeToo and #Election2024 tags".TokenTextsWithKinds()
            .Should().Equal("The/Word", "#MeToo/Hashtag", "and/Word", "#Election2024/Hashtag", "tags/Word");
    }

    [Test]
    public void Hash_before_a_number_is_a_symbol()
    {
        "the #1 seed".TokenTextsWithKinds().Should().Equal("the/Word", "#/Symbol", "1/Number", "seed/Word");
    }

    [Test]
    public void Lone_at_sign_is_a_symbol()
    {
        "meet @ noon".TokenTextsWithKinds().Should().Equal("meet/Word", "@/Symbol", "noon/Word");
    }

    [Test]
    public void Capitalised_word_after_a_missing_space_is_not_a_domain()
    {
        "It ended.It began".TokenTexts().Should().Equal("It", "ended", ".", "It", "began");
    }

    [Test]
    public void Unknown_top_level_domain_is_not_an_address()
    {
        "the file.exe ran".TokenTexts().Should().Equal("the", "file", ".", "exe", "ran");
    }
}
