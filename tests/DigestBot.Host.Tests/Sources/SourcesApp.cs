using DigestBot.Core.Commands;
using DigestBot.Core.Material.Store;
using DigestBot.Core.Sources;
using DigestBot.Host.Console;
using DigestBot.Host.Sources;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace DigestBot.Host.Tests.Sources;

/// <summary>
/// The real host, composed as the product composes it, in one-shot mode by default (no Quartz pollers), so a
/// test drives each poll itself. Storage is SQLite in the data folder given, so a second app on the
/// same folder is a restart or a second instance.
/// </summary>
internal sealed class SourcesApp(IHost host) : IAsyncDisposable
{
    public IServiceProvider Services => host.Services;

    public SourcePoller Poller => Services.GetRequiredService<SourcePoller>();

    public MaterialSnapshot Snapshot => Services.GetRequiredService<IMaterialStore>().Current;

    public static async Task<SourcesApp> StartAsync(string dataFolder, string materialFolder, IEnumerable<string> settings, bool runPollers = false)
    {
        string[] args =
        [
            "--Storage:DataFolder=" + dataFolder,
            "--Material:Folder=" + materialFolder,
            "--Sources:AllowPrivateAddresses=true",
            "--Sources:ContactUrl=https://digestbot.example/contact",
            "--Sources:StoreCheckInterval=00:00:00.200",
            .. settings,
        ];
        var invocation = runPollers ? new Invocation(null, args) : new Invocation("", args);
        var host = DigestBotApp.Build(invocation);
        await host.StartAsync(TestContext.Current);
        return new SourcesApp(host);
    }

    public SourceStatus Status(string nameContains) =>
        Services.GetRequiredService<ISourceCatalog>().Describe().Single(s => s.Name.Contains(nameContains, StringComparison.Ordinal));

    public Task PollAsync(int index) => Poller.PollAsync(Poller.Sources[index], TestContext.Current);

    public async Task<string> AskAsync(string command)
    {
        var reply = await Services.GetRequiredService<CommandCore>().ExecuteAsync(command, ConsoleCaller.Context, TestContext.Current);
        return ConsoleRenderer.Render(reply);
    }

    public async ValueTask DisposeAsync()
    {
        await host.StopAsync(CancellationToken.None);
        host.Dispose();
        SqliteConnection.ClearAllPools();
    }
}
