namespace DigestBot.Host.Sources;

/// <summary>One feed or page: where it is, how often to look, and what to call it in /sources.</summary>
public sealed class WebSourceOptions
{
    public string Url { get; set; } = "";

    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>Shown in /sources and as the article source; defaults to the URL's host and path.</summary>
    public string? Name { get; set; }
}
