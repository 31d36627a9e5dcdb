using System.Diagnostics;

namespace DigestBot.Host.Tests.Console;

/// <summary>The real host binary, run the way the README says, in a folder holding only the sample material.</summary>
public sealed class AskCommandTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public AskCommandTests() => _folder.CopySample(Path.Combine("config", "material"));

    [Fact]
    public async Task Ask_QuotesBySpeaker_PrintsVerbatimQuotesAndExitsZero()
    {
        var (exit, output, _) = await AskAsync("/quotes speaker:Putin");

        Assert.Equal(0, exit);
        Assert.Contains("Quotes by Vladimir Putin", output, StringComparison.Ordinal);
        Assert.Contains("“Russia holds a leading position in rare and rare-earth metal reserves,”", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ask_UnknownCommand_ExitsTwoWithClearMessage()
    {
        var (exit, output, error) = await AskAsync("/qoutes");

        Assert.Equal(2, exit);
        Assert.Empty(output);
        Assert.Contains("Did you mean /quotes?", error, StringComparison.Ordinal);
    }

    private async Task<(int Exit, string Output, string Error)> AskAsync(string command)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = _folder.Path,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "DigestBot.Host.dll"));
        start.ArgumentList.Add("ask");
        start.ArgumentList.Add(command);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync(TestContext.Current);
        var error = process.StandardError.ReadToEndAsync(TestContext.Current);
        await process.WaitForExitAsync(TestContext.Current);
        return (process.ExitCode, await output, await error);
    }

    public void Dispose() => _folder.Dispose();
}
