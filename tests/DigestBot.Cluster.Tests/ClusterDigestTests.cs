namespace DigestBot.Host.Tests;

/// <summary>
/// Two hosts share one PostgreSQL store with Quartz clustering and a digest every two seconds. One is killed
/// with SIGKILL; the other carries on. Every digest is posted exactly once across both.
/// </summary>
public sealed class ClusterDigestTests : IAsyncLifetime
{
    private const string Posted = "#local message ";
    private readonly TempFolder _folder = new();
    private PostgresDatabase _database = null!;

    public async Task InitializeAsync()
    {
        _database = await PostgresDatabase.CreateAsync();
        _folder.CopySample(Path.Combine("config", "material"));
    }

    [Fact]
    public async Task TwoHostsOneKilled_EveryDigestExactlyOnce()
    {
        string[] args =
        [
            "--Storage:Provider=Postgres",
            "--Storage:ConnectionString=" + _database.ConnectionString,
            "--Digests:Schedules:0:Name=tick",
            "--Digests:Schedules:0:Cron=*/2 * * * * ?",
            "--Digests:Schedules:0:NoteWhenEmpty=true",
        ];
        using var first = HostProcess.Start(_folder.Path, args);
        await first.WaitForAsync(l => l.Any(x => x.Contains("Digest console/local/tick", StringComparison.Ordinal)), TimeSpan.FromSeconds(90), "the first host to schedule");
        using var second = HostProcess.Start(_folder.Path, args);
        await second.WaitForAsync(l => l.Any(x => x.Contains("Digest console/local/tick", StringComparison.Ordinal)), TimeSpan.FromSeconds(90), "the second host to schedule");

        static int Count(HostProcess host) => host.Lines.Count(x => x.Contains(Posted, StringComparison.Ordinal));
        await first.WaitForAsync(_ => Count(first) + Count(second) >= 6, TimeSpan.FromSeconds(90), "six digests between both hosts");

        first.Kill();
        var beforeKill = Count(first);
        var survivorBefore = Count(second);
        await second.WaitForAsync(_ => Count(second) >= survivorBefore + 6, TimeSpan.FromSeconds(120), "six digests from the survivor");
        second.Kill();

        var rows = await _database.QueryAsync(
            "SELECT fire_time, status FROM digest_deliveries WHERE schedule_key = 'console/local/tick' ORDER BY fire_time;",
            r => (FireTime: r.GetInt64(0), Status: r.GetString(1)));
        var posted = rows.Count(r => r.Status == "posted");
        var claimed = rows.Count(r => r.Status is "posted" or "posting");

        // Each (schedule, fire time) is one row, so a digest printed twice would need two claims; a host
        // killed between printing and recording leaves its one claim at "posting".
        Assert.InRange(beforeKill + Count(second), posted, claimed);
        Assert.True(Count(second) > survivorBefore, "the survivor kept posting after the other host was killed");
    }

    public async Task DisposeAsync()
    {
        await _database.DisposeAsync();
        _folder.Dispose();
    }
}
