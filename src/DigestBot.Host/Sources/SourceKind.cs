namespace DigestBot.Host.Sources;

/// <summary>What a web source holds: a feed of many items, or one page that is one article.</summary>
internal enum SourceKind
{
    Feed,
    Page,
}
