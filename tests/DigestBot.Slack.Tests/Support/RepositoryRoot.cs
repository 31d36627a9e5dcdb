namespace DigestBot.Slack.Tests.Support;

public static class RepositoryRoot
{
    /// <summary>The checkout this test runs from, found by walking up to DigestBot.sln.</summary>
    public static string Path { get; } = Find();

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "DigestBot.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("DigestBot.sln not found above " + AppContext.BaseDirectory);
    }
}
