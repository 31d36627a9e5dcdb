using BenchmarkDotNet.Toolchains;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace DigestBot.Bench.Scale;

/// <summary>
/// In process, with room for the first case of a size to parse 100k articles in its setup: the default in-process
/// timeout (minutes) counts setup too, and a loaded two-core machine needs longer than that.
/// </summary>
internal static class ScaleToolchain
{
    public static readonly IToolchain Instance = new InProcessEmitToolchain(TimeSpan.FromHours(1), logOutput: true);
}
