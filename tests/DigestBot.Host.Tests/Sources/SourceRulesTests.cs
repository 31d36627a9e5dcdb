using System.Net;
using DigestBot.Core.Digests;
using DigestBot.Core.Material;
using DigestBot.Core.Material.Store;
using DigestBot.Core.Sources;
using DigestBot.Host.Sources;

namespace DigestBot.Host.Tests.Sources;

public sealed class SourceRulesTests
{
    [Theory]
    [InlineData("HTTPS://News.Example/Story/?utm_source=x&id=7#comments", "https://news.example/Story?id=7")]
    [InlineData("https://news.example/story/", "https://news.example/story")]
    [InlineData("http://news.example:80/", "http://news.example")]
    [InlineData("https://news.example:8443/a?utm_campaign=y", "https://news.example:8443/a")]
    public void Normalize_TrackingAndSpelling_OneForm(string url, string expected) =>
        Assert.Equal(expected, UrlNormalizer.Normalize(new Uri(url)));

    [Theory]
    [InlineData("127.0.0.1", false)]
    [InlineData("10.1.2.3", false)]
    [InlineData("172.20.0.1", false)]
    [InlineData("192.168.1.1", false)]
    [InlineData("169.254.169.254", false)]
    [InlineData("100.64.0.1", false)]
    [InlineData("224.0.0.1", false)]
    [InlineData("0.0.0.0", false)]
    [InlineData("::1", false)]
    [InlineData("fe80::1", false)]
    [InlineData("fd00::1", false)]
    [InlineData("ff02::1", false)]
    [InlineData("::ffff:10.0.0.1", false)]
    [InlineData("93.184.216.34", true)]
    [InlineData("2606:2800:220:1:248:1893:25c8:1946", true)]
    public void IsPublic_AddressRanges_PrivateOnesRefused(string address, bool expected) =>
        Assert.Equal(expected, AddressGuard.IsPublic(IPAddress.Parse(address)));

    [Theory]
    [InlineData(1, 10)]
    [InlineData(2, 20)]
    [InlineData(3, 40)]
    [InlineData(20, 60)]
    public void Backoff_RepeatedFailures_DoublesUpToMax(int failures, int expectedMinutes) =>
        Assert.Equal(TimeSpan.FromMinutes(expectedMinutes), Backoff.After(failures, TimeSpan.FromMinutes(10), TimeSpan.FromMinutes(60)));

    [Fact]
    public void Compose_FailingSource_NamedInDigestFooter()
    {
        var article = ArticleParser.Parse(new ArticleInput("a", "test", "Headline\n\nBody text here.", null, DateTimeOffset.UtcNow));
        SourceStatus[] sources =
        [
            new("Good feed", "feed", true, 3, DateTimeOffset.UtcNow, null),
            new("Broken feed", "feed", false, 0, null, "HTTP 500 Internal Server Error"),
        ];

        var digest = DigestComposer.Compose(MaterialSnapshot.Build([article]), DateTimeOffset.UtcNow, null, sources);

        Assert.Equal("1 new article; failing sources: Broken feed (HTTP 500 Internal Server Error)", digest!.Footer);
    }
}
