namespace DigestBot.Bench.Corpus;

/// <summary>The folder holding DigestBot.sln, found by walking up (BenchmarkDotNet runs from folders under bin/).</summary>
internal static class RepositoryRoot
{
    public static string Find()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
            {
                if (File.Exists(Path.Combine(directory.FullName, "DigestBot.sln")))
                {
                    return directory.FullName;
                }
            }
        }

        return Directory.GetCurrentDirectory();
    }
}
