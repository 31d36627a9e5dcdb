namespace DigestBot.Slack.Rendering;

/// <summary>Slack's published Block Kit limits, counted on the escaped text that is sent.</summary>
internal static class BlockKitLimits
{
    public const int BlocksPerMessage = 50;
    public const int SectionText = 3000;
    public const int HeaderText = 150;
    public const int FieldsPerSection = 10;
    public const int FieldText = 2000;
    public const int ContextElements = 10;
    public const int ContextText = 2000;

    /// <summary>Our own budget for all text in one message, well under where Slack starts truncating.</summary>
    public const int MessageText = 12_000;

    /// <summary>The notification fallback; Slack recommends staying under 4,000.</summary>
    public const int FallbackText = 3000;
}
