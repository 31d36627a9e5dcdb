namespace DigestBot.Host.Tests.Sources;

/// <summary>Small feeds and pages whose articles hold an attributed quote, so /quotes can find them.</summary>
internal static class Feeds
{
    public const string Quote = "“We will open the new mine next spring,”";

    public static string Paragraph(string topic) =>
        $"{Quote} Anna Berg, the mining minister, said on Tuesday about {topic}. The plan covers three regions.";

    public static string Rss(params (string Guid, string Link, string Title, string Body)[] items) =>
        $"""
        <?xml version="1.0" encoding="utf-8"?>
        <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
          <channel>
            <title>Test news</title>
            <link>https://news.example/</link>
            <description>Test</description>
            {string.Concat(items.Select(i => $"""
            <item>
              <guid isPermaLink="false">{i.Guid}</guid>
              <link>{i.Link}</link>
              <title>{i.Title}</title>
              <pubDate>{DateTimeOffset.UtcNow.AddHours(-1):R}</pubDate>
              <description><![CDATA[<p>{i.Body}</p><script>alert('SCRIPT')</script>]]></description>
            </item>
            """))}
          </channel>
        </rss>
        """;

    public static string Atom(string id, string title, string body) =>
        $"""
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom">
          <title>Atom news</title>
          <id>urn:test:atom</id>
          <updated>{DateTimeOffset.UtcNow:O}</updated>
          <entry>
            <id>{id}</id>
            <title>{title}</title>
            <link rel="alternate" href="https://atom.example/story?utm_source=feed#top"/>
            <updated>{DateTimeOffset.UtcNow.AddHours(-2):O}</updated>
            <content type="html">&lt;p&gt;{body}&lt;/p&gt;&lt;style&gt;p {"{"} color: red {"}"}&lt;/style&gt;</content>
          </entry>
        </feed>
        """;

    public static string JsonFeed(string id, string title, string body) =>
        $$"""
        {
          "version": "https://jsonfeed.org/version/1.1",
          "title": "JSON news",
          "items": [
            { "id": "{{id}}", "url": "https://json.example/story", "title": "{{title}}",
              "content_html": "<p>{{body}}</p>", "date_published": "{{DateTimeOffset.UtcNow.AddHours(-3):O}}" }
          ]
        }
        """;

    public static string Page(string title, string body) =>
        $"""
        <!DOCTYPE html>
        <html><head><title>{title} | Site</title><style>body {"{"} font: serif {"}"}</style>
        <script>var secret = "SCRIPT";</script></head>
        <body><nav>Home · World · NAVIGATION</nav>
        <article><h1>{title}</h1><p>{body}</p><p>Second paragraph of the page.</p></article>
        <footer>FOOTER links</footer></body></html>
        """;
}
