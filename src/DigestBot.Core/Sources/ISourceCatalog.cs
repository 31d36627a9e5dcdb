namespace DigestBot.Core.Sources;

/// <summary>Port: the host reports its material sources (folders, feeds, pages) and their health.</summary>
public interface ISourceCatalog
{
    IReadOnlyList<SourceStatus> Describe();
}
