using System.Text;
using DigestBot.Host.Sources;

namespace DigestBot.Host.Tests.Sources;

public sealed class FeedParserTests
{
    private static readonly Uri Base = new("https://feeds.example/news.xml");

    [Fact]
    public void Parse_BillionLaughs_RefusedAsDtd()
    {
        var body = """
            <?xml version="1.0"?>
            <!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>
            <rss version="2.0"><channel><item><title>&lol2;</title></item></channel></rss>
            """;

        var refusal = Assert.Throws<SourceFetchException>(() => FeedParser.Parse(Fetched(body)));

        Assert.Contains("DTD", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_DtdHiddenAfterLongComment_StillRefusedByTheReader()
    {
        // Past the first 4 KB the quick check does not look; the XmlReader itself must still say no.
        var body = "<?xml version=\"1.0\"?>\n<!--" + new string('x', 10_000) + "-->\n"
            + "<!DOCTYPE rss [<!ENTITY xxe SYSTEM \"file:///etc/hostname\">]><rss version=\"2.0\"><channel><item><title>&xxe;</title></item></channel></rss>";

        var refusal = Assert.Throws<SourceFetchException>(() => FeedParser.Parse(Fetched(body)));

        Assert.Contains("DTD", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_NeitherRssNorAtom_ClearError()
    {
        var refusal = Assert.Throws<SourceFetchException>(() => FeedParser.Parse(Fetched("<html><body>hi</body></html>")));

        Assert.Contains("neither an RSS 2.0", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_RssWithContentEncodedAndOddDate_FullTextAndRelativeLinkResolved()
    {
        var body = """
            <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>t</title>
            <item><title>Headline</title><link>/2025/story/?utm_medium=x</link><pubDate>Tue, 10 Jun 2025 09:00:00 XYZ</pubDate>
            <description>Teaser only</description>
            <content:encoded><![CDATA[<p>First paragraph.</p><p>Second <b>bold</b> paragraph.</p>]]></content:encoded></item>
            </channel></rss>
            """;

        var item = Assert.Single(FeedParser.Parse(Fetched(body)));

        Assert.Equal("https://feeds.example/2025/story", item.Url);
        Assert.Equal(["First paragraph.", "Second bold paragraph."], item.Paragraphs);
        Assert.Equal("Headline\n\nFirst paragraph.\n\nSecond bold paragraph.", item.Text);
    }

    [Fact]
    public void Parse_JsonWithoutVersion_RefusedAsNotAFeed()
    {
        var refusal = Assert.Throws<SourceFetchException>(() => FeedParser.Parse(Fetched("{\"items\": []}", "application/json")));

        Assert.Contains("not a JSON Feed", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_JsonFeedNumericIdAndTextContent_ParagraphsKept()
    {
        var body = """{"version":"https://jsonfeed.org/version/1","items":[{"id":42,"title":"T","content_text":"One.\n\nTwo."}]}""";

        var item = Assert.Single(FeedParser.Parse(Fetched(body, null)));

        Assert.Equal("42", item.Guid);
        Assert.Equal(["One.", "Two."], item.Paragraphs);
    }

    private static FetchResult Fetched(string body, string? mediaType = "application/rss+xml") =>
        new(false, Encoding.UTF8.GetBytes(body), mediaType, null, Base, FetchValidators.None);
}
