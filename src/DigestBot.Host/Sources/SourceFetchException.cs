namespace DigestBot.Host.Sources;

/// <summary>A fetch or parse refused for a reason a moderator can act on; the message is shown in /sources.</summary>
internal sealed class SourceFetchException : Exception
{
    public SourceFetchException()
    {
    }

    public SourceFetchException(string message)
        : base(message)
    {
    }

    public SourceFetchException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
