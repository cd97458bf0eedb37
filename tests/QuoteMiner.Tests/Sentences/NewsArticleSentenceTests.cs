namespace QuoteMiner.Tests.Sentences;

/// <summary>Whole short articles in US and British style, checked sentence by sentence.</summary>
public class NewsArticleSentenceTests
{
    [Test]
    public void American_style_article()
    {
        const string text =
            "Border Talks Resume\n" +
            "MEXICO CITY (AP) — Mexico's President Ana Villalobos said Tuesday that U.S.–Mexico talks would resume \"as soon as possible.\"\n" +
            "\"We don't negotiate under pressure,\" Villalobos told reporters at 9:30 a.m. local time. \"Nobody does.\"\n" +
            "The U.S. State Department declined to comment. Trade reached $779.3bn in 2023, up 2.4% from 2022.";

        text.SentenceTexts().Should().Equal(
            "Border Talks Resume",
            "MEXICO CITY (AP) — Mexico's President Ana Villalobos said Tuesday that U.S.–Mexico talks would resume \"as soon as possible.\"",
            "\"We don't negotiate under pressure,\" Villalobos told reporters at 9:30 a.m. local time.",
            "\"Nobody does.\"",
            "The U.S. State Department declined to comment.",
            "Trade reached $779.3bn in 2023, up 2.4% from 2022.");
    }

    [Test]
    public void British_style_article()
    {
        const string text =
            "LONDON — The Home Secretary called the plan 'unacceptable'. Critics weren't impressed.\n" +
            "'We've heard it all before,' said Mr Tom Ellery, 61. 'Why should we believe them now?' he asked.\n" +
            "Shares in Acme Plc fell 12p to 340p on Monday... Analysts said the fall was \"overdone\".";

        text.SentenceTexts().Should().Equal(
            "LONDON — The Home Secretary called the plan 'unacceptable'.",
            "Critics weren't impressed.",
            "'We've heard it all before,' said Mr Tom Ellery, 61.",
            "'Why should we believe them now?' he asked.",
            "Shares in Acme Plc fell 12p to 340p on Monday...",
            "Analysts said the fall was \"overdone\".");
    }
}
