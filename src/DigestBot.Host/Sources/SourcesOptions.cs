namespace DigestBot.Host.Sources;

/// <summary>Where news comes from besides <c>Material:Folder</c>, and how politely it is fetched.</summary>
public sealed class SourcesOptions
{
    public const string SectionName = "Sources";

    /// <summary>Watched folders of .txt/.md articles; empty means <c>Material:Folder</c> alone.</summary>
    public List<string> Folders { get; set; } = [];

    /// <summary>RSS 2.0, Atom or JSON Feed URLs.</summary>
    public List<WebSourceOptions> Feeds { get; set; } = [];

    /// <summary>Single web pages whose main text is one article.</summary>
    public List<WebSourceOptions> Pages { get; set; } = [];

    /// <summary>Fetched articles older than this (by publication date) are pruned and not stored again.</summary>
    public TimeSpan Retention { get; set; } = TimeSpan.FromDays(30);

    /// <summary>Allow URLs that resolve to loopback, private, link-local or unique-local addresses (tests, intranets).</summary>
    public bool AllowPrivateAddresses { get; set; }

    /// <summary>Where a site owner can reach whoever runs the bot; sent in the User-Agent.</summary>
    public string? ContactUrl { get; set; }

    /// <summary>Responses larger than this are refused; reading stops at the limit.</summary>
    public long MaxResponseBytes { get; set; } = 5_000_000;

    /// <summary>An article text longer than this (in characters) is refused.</summary>
    public int MaxArticleChars { get; set; } = 200_000;

    /// <summary>Whole-request time limit: connecting, redirects and reading the body.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    public int MaxRedirects { get; set; } = 5;

    /// <summary>At most this many requests to one host at a time, across all its sources.</summary>
    public int MaxConcurrencyPerHost { get; set; } = 2;

    /// <summary>Consecutive failures after which a source is reported unhealthy.</summary>
    public int FailuresBeforeUnhealthy { get; set; } = 3;

    /// <summary>The longest a failing source waits before it is tried again.</summary>
    public TimeSpan MaxBackoff { get; set; } = TimeSpan.FromHours(6);

    /// <summary>How often each instance looks for articles stored by another instance.</summary>
    public TimeSpan StoreCheckInterval { get; set; } = TimeSpan.FromSeconds(2);
}
