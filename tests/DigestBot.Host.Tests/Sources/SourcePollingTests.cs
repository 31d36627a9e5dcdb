using System.Text;
using Microsoft.AspNetCore.Http;

namespace DigestBot.Host.Tests.Sources;

/// <summary>Feeds and pages served on 127.0.0.1, polled directly through the real host's poller.</summary>
public sealed class SourcePollingTests : IAsyncLifetime
{
    private readonly TempFolder _folder = new();
    private FeedServer _server = null!;

    public async Task InitializeAsync() => _server = await FeedServer.StartAsync();

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        _folder.Dispose();
    }

    [Fact]
    public async Task Poll_ValidRss_QuotesAnswerAndSourceListed()
    {
        _server.Serve("/rss", "application/rss+xml", Feeds.Rss(("g1", "https://rss.example/a", "Mine to open", Feeds.Paragraph("the mine"))));
        await using var app = await StartAsync("--Sources:Feeds:0:Url=" + _server.Url("rss"), "--Sources:Feeds:0:Name=Test RSS");

        await app.PollAsync(0);

        var article = Assert.Single(app.Snapshot.Articles);
        Assert.Equal("Mine to open", article.Title);
        Assert.DoesNotContain("SCRIPT", article.Text, StringComparison.Ordinal);
        Assert.Contains(Feeds.Quote, await app.AskAsync("/quotes speaker:Berg"), StringComparison.Ordinal);
        var status = app.Status("Test RSS");
        Assert.True(status.Healthy);
        Assert.Equal(1, status.ItemCount);
        Assert.NotNull(status.LastSuccess);
        Assert.Contains("OK feed Test RSS", await app.AskAsync("/sources"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Poll_ValidAtom_ArticleWithNormalisedLinkAndNoStyles()
    {
        _server.Serve("/atom", "application/atom+xml", Feeds.Atom("urn:test:1", "Atom headline", Feeds.Paragraph("atoms")));
        await using var app = await StartAsync("--Sources:Feeds:0:Url=" + _server.Url("atom"));

        await app.PollAsync(0);

        var article = Assert.Single(app.Snapshot.Articles);
        Assert.Equal("Atom headline", article.Title);
        Assert.Equal("https://atom.example/story", article.Url!.ToString());
        Assert.DoesNotContain("color", article.Text, StringComparison.Ordinal);
        Assert.Single(article.Quotes);
    }

    [Fact]
    public async Task Poll_ValidJsonFeed_ArticleInSnapshot()
    {
        _server.Serve("/feed.json", "application/feed+json", Feeds.JsonFeed("j1", "JSON headline", Feeds.Paragraph("json")));
        await using var app = await StartAsync("--Sources:Feeds:0:Url=" + _server.Url("feed.json"));

        await app.PollAsync(0);

        var article = Assert.Single(app.Snapshot.Articles);
        Assert.Equal("JSON headline", article.Title);
        Assert.Contains(Feeds.Quote, article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Poll_Page_MainTextOnlyWithHeadlineFirst()
    {
        _server.Serve("/story.html", "text/html; charset=utf-8", Feeds.Page("Page headline", Feeds.Paragraph("pages")));
        await using var app = await StartAsync("--Sources:Pages:0:Url=" + _server.Url("story.html"));

        await app.PollAsync(0);

        var article = Assert.Single(app.Snapshot.Articles);
        Assert.StartsWith("Page headline\n\n" + Feeds.Quote, article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("SCRIPT", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("NAVIGATION", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("FOOTER", article.Text, StringComparison.Ordinal);
        Assert.EndsWith("Second paragraph of the page.", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Poll_MalformedXmlBesideGoodFeed_ClearErrorGoodFeedServed()
    {
        _server.Serve("/bad", "application/rss+xml", "<rss version=\"2.0\"><channel><item><title>Broken</item></channel>");
        _server.Serve("/good", "application/rss+xml", Feeds.Rss(("g1", "https://rss.example/a", "Good story", Feeds.Paragraph("good"))));
        await using var app = await StartAsync("--Sources:Feeds:0:Url=" + _server.Url("bad"), "--Sources:Feeds:1:Url=" + _server.Url("good"));

        await app.PollAsync(0);
        await app.PollAsync(1);

        Assert.Contains("not well-formed XML", app.Status("/bad").LastError, StringComparison.Ordinal);
        Assert.Equal("Good story", Assert.Single(app.Snapshot.Articles).Title);
        Assert.True(app.Status("/good").Healthy);
    }

    [Fact]
    public async Task Poll_XxePayload_RefusedAndNothingRead()
    {
        _server.Serve("/xxe", "application/rss+xml", """
            <?xml version="1.0"?>
            <!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
            <rss version="2.0"><channel><title>x</title><item><title>Leak</title><description>&xxe;</description></item></channel></rss>
            """);
        await using var app = await StartAsync("--Sources:Feeds:0:Url=" + _server.Url("xxe"));

        await app.PollAsync(0);

        Assert.Contains("DTD", app.Status("/xxe").LastError, StringComparison.Ordinal);
        Assert.Empty(app.Snapshot.Articles);
    }

    [Fact]
    public async Task Poll_FiftyMegabyteStream_RefusedAtLimitWithoutReadingItAll()
    {
        const long Total = 50L * 1024 * 1024;
        const long PauseAt = 8L * 1024 * 1024;
        _server.Serve("/huge", async context =>
        {
            context.Response.ContentType = "application/rss+xml";
            var chunk = Encoding.ASCII.GetBytes(new string(' ', 64 * 1024));
            try
            {
                // A 50 MB body, chunked, that stops at 8 MB until the client hangs up: a client that
                // read everything would wait here for the rest and fail on its timeout, not on the limit.
                for (long written = 0; written < Total; written += chunk.Length)
                {
                    if (written == PauseAt)
                    {
                        await Task.Delay(Timeout.Infinite, context.RequestAborted);
                    }

                    await context.Response.Body.WriteAsync(chunk, context.RequestAborted);
                }
            }
            catch (OperationCanceledException)
            {
                // The client hung up at its limit, which is the point.
            }
            catch (IOException)
            {
            }
        });
        await using var app = await StartAsync("--Sources:Feeds:0:Url=" + _server.Url("huge"), "--Sources:MaxResponseBytes=1000000", "--Sources:Timeout=00:00:30");

        await app.PollAsync(0);

        Assert.Contains("stopped reading", app.Status("/huge").LastError, StringComparison.Ordinal);
        Assert.Contains("MaxResponseBytes", app.Status("/huge").LastError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Poll_DeclaredLengthOverLimit_RefusedBeforeReading()
    {
        _server.Serve("/declared", async context =>
        {
            context.Response.ContentType = "application/rss+xml";
            context.Response.ContentLength = 50L * 1024 * 1024;
            await context.Response.Body.FlushAsync(context.RequestAborted);
        });
        await using var app = await StartAsync("--Sources:Feeds:0:Url=" + _server.Url("declared"), "--Sources:MaxResponseBytes=1000000");

        await app.PollAsync(0);

        Assert.Contains("52,428,800 bytes is more than Sources:MaxResponseBytes", app.Status("/declared").LastError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Poll_SlowServer_TimesOutWithClearError()
    {
        _server.Serve("/slow", async context => await Task.Delay(Timeout.Infinite, context.RequestAborted));
        await using var app = await StartAsync("--Sources:Feeds:0:Url=" + _server.Url("slow"), "--Sources:Timeout=00:00:00.500");

        await app.PollAsync(0);

        Assert.Contains("Sources:Timeout", app.Status("/slow").LastError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Poll_NotModified_ValidatorSentArticlesKept()
    {
        _server.Serve("/etag", "application/rss+xml", Feeds.Rss(("g1", "https://rss.example/a", "Cached story", Feeds.Paragraph("caching"))), etag: "\"v1\"");
        await using var app = await StartAsync("--Sources:Feeds:0:Url=" + _server.Url("etag"));

        await app.PollAsync(0);
        await app.PollAsync(0);

        Assert.Equal("\"v1\"", _server.Requests.Last().Headers.IfNoneMatch.ToString());
        Assert.Equal("Cached story", Assert.Single(app.Snapshot.Articles).Title);
        Assert.True(app.Status("/etag").Healthy);
        Assert.Equal(1, app.Status("/etag").ItemCount);
    }

    [Theory]
    [InlineData(404, "HTTP 404")]
    [InlineData(500, "HTTP 500")]
    public async Task Poll_ErrorStatusRepeated_UnhealthyInSourcesAndDigestFooter(int status, string expected)
    {
        _server.Serve("/status", context =>
        {
            context.Response.StatusCode = status;
            return Task.CompletedTask;
        });
        await using var app = await StartAsync("--Sources:Feeds:0:Url=" + _server.Url("status"), "--Sources:Feeds:0:Name=Flaky", "--Sources:FailuresBeforeUnhealthy=2");

        await app.PollAsync(0);
        Assert.True(app.Status("Flaky").Healthy);
        await app.PollAsync(0);

        var failing = app.Status("Flaky");
        Assert.False(failing.Healthy);
        Assert.Contains(expected, failing.LastError, StringComparison.Ordinal);
        Assert.Contains("FAILING feed Flaky", await app.AskAsync("/sources"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Poll_GuidsChangeEveryFetch_NoDuplicates()
    {
        var fetch = 0;
        _server.Serve("/shifty", async context =>
        {
            var n = Interlocked.Increment(ref fetch);
            context.Response.ContentType = "application/rss+xml";
            await context.Response.WriteAsync(Feeds.Rss(
                ($"a-{n}", "https://rss.example/a?utm_source=rss", "Story A", Feeds.Paragraph("a")),
                ($"b-{n}", "https://rss.example/b", "Story B", "Anna Berg said nothing new on Tuesday.")));
        });
        await using var app = await StartAsync("--Sources:Feeds:0:Url=" + _server.Url("shifty"));

        await app.PollAsync(0);
        await app.PollAsync(0);
        await app.PollAsync(0);

        Assert.Equal(["Story A", "Story B"], app.Snapshot.Articles.Select(a => a.Title).Order());
        Assert.Equal(2, app.Status("/shifty").ItemCount);
    }

    [Fact]
    public async Task Poll_ArticleEdited_ReplacesEarlierVersion()
    {
        _server.Serve("/edit", "application/rss+xml", Feeds.Rss(("g1", "https://rss.example/a", "First version", Feeds.Paragraph("v1"))));
        await using var app = await StartAsync("--Sources:Feeds:0:Url=" + _server.Url("edit"));
        await app.PollAsync(0);
        var before = app.Snapshot;

        _server.Serve("/edit", "application/rss+xml", Feeds.Rss(("g1", "https://rss.example/a", "Corrected version", Feeds.Paragraph("v2"))));
        await app.PollAsync(0);

        var article = Assert.Single(app.Snapshot.Articles);
        Assert.Equal("Corrected version", article.Title);
        Assert.Contains("about v2", article.Text, StringComparison.Ordinal);
        Assert.Equal("First version", Assert.Single(before.Articles).Title);
    }

    [Fact]
    public async Task Poll_PrivateAddressNotAllowed_RefusedWithoutConnecting()
    {
        _server.Serve("/private", "application/rss+xml", Feeds.Rss(("g1", "https://rss.example/a", "Internal", Feeds.Paragraph("x"))));
        await using var app = await StartAsync("--Sources:Feeds:0:Url=" + _server.Url("private"), "--Sources:AllowPrivateAddresses=false");

        await app.PollAsync(0);

        Assert.Contains("Sources:AllowPrivateAddresses", app.Status("/private").LastError, StringComparison.Ordinal);
        Assert.Equal(0, _server.CountOf("/private"));
        Assert.Empty(app.Snapshot.Articles);
    }

    [Fact]
    public async Task Poll_NonTextContentType_Refused()
    {
        _server.Serve("/image", "image/png", "PNG");
        await using var app = await StartAsync("--Sources:Pages:0:Url=" + _server.Url("image"));

        await app.PollAsync(0);

        Assert.Contains("image/png is not text", app.Status("/image").LastError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Poll_RedirectLoop_StopsAtLimit()
    {
        _server.Serve("/loop", context =>
        {
            context.Response.StatusCode = StatusCodes.Status302Found;
            context.Response.Headers.Location = "/loop";
            return Task.CompletedTask;
        });
        await using var app = await StartAsync("--Sources:Feeds:0:Url=" + _server.Url("loop"), "--Sources:MaxRedirects=3");

        await app.PollAsync(0);

        Assert.Contains("more than 3 redirects", app.Status("/loop").LastError, StringComparison.Ordinal);
        Assert.Equal(4, _server.CountOf("/loop"));
    }

    [Fact]
    public async Task Poll_Redirect_FollowedAndUserAgentHonest()
    {
        _server.Serve("/old", context =>
        {
            context.Response.StatusCode = StatusCodes.Status301MovedPermanently;
            context.Response.Headers.Location = _server.Url("new");
            return Task.CompletedTask;
        });
        _server.Serve("/new", "application/rss+xml", Feeds.Rss(("g1", "https://rss.example/a", "Moved story", Feeds.Paragraph("moving"))));
        await using var app = await StartAsync("--Sources:Feeds:0:Url=" + _server.Url("old"));

        await app.PollAsync(0);

        Assert.Equal("Moved story", Assert.Single(app.Snapshot.Articles).Title);
        var agent = _server.Requests.Single(r => r.Path == "/new").Headers.UserAgent.ToString();
        Assert.Matches(@"^DigestBot/\S+ \(\+https://digestbot\.example/contact\)$", agent);
    }

    [Fact]
    public async Task PollIfDue_AfterFailure_BacksOffWithoutFetching()
    {
        _server.Serve("/down", context =>
        {
            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            return Task.CompletedTask;
        });
        await using var app = await StartAsync("--Sources:Feeds:0:Url=" + _server.Url("down"), "--Sources:Feeds:0:PollInterval=01:00:00");
        await app.PollAsync(0);

        await app.Poller.PollIfDueAsync(app.Poller.Sources[0].Key, TestContext.Current);

        Assert.Equal(1, _server.CountOf("/down"));
    }

    [Fact]
    public async Task Poll_ArticleOverCharLimit_SkippedAndNamedOthersKept()
    {
        _server.Serve("/long", "application/rss+xml", Feeds.Rss(
            ("g1", "https://rss.example/long", "Very long story", string.Concat(Enumerable.Repeat("Words upon words. ", 200))),
            ("g2", "https://rss.example/short", "Short story", Feeds.Paragraph("short"))));
        await using var app = await StartAsync("--Sources:Feeds:0:Url=" + _server.Url("long"), "--Sources:MaxArticleChars=1000");

        await app.PollAsync(0);

        Assert.Equal("Short story", Assert.Single(app.Snapshot.Articles).Title);
        var status = app.Status("/long");
        Assert.True(status.Healthy);
        Assert.Contains("'Very long story'", status.LastError, StringComparison.Ordinal);
        Assert.Contains("Sources:MaxArticleChars", status.LastError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Poll_FeedRepeatsAFolderArticle_SnapshotHoldsItOnce()
    {
        var sample = File.ReadAllText(_folder.CopySample("material")).Replace("\r\n", "\n", StringComparison.Ordinal);
        var parts = sample.Split("\n\n", StringSplitOptions.RemoveEmptyEntries);
        var body = string.Join("</p><p>", parts.Skip(1));
        _server.Serve("/copy", "application/rss+xml", Feeds.Rss(("g1", "https://rss.example/copy", parts[0].Trim(), body)));
        await using var app = await StartAsync("--Sources:Feeds:0:Url=" + _server.Url("copy"));
        Assert.Single(app.Snapshot.Articles);

        await app.PollAsync(0);

        Assert.Equal(1, app.Status("/copy").ItemCount);
        Assert.Single(app.Snapshot.Articles);
    }

    private Task<SourcesApp> StartAsync(params string[] settings)
    {
        Directory.CreateDirectory(Path.Combine(_folder.Path, "material"));
        return SourcesApp.StartAsync(Path.Combine(_folder.Path, "data"), Path.Combine(_folder.Path, "material"), settings);
    }
}
