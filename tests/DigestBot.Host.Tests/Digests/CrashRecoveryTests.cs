using DigestBot.Host.Storage;
using Microsoft.Extensions.Options;

namespace DigestBot.Host.Tests.Digests;

/// <summary>
/// A digest every two seconds on the console, the process killed with SIGKILL mid-run and started again on
/// the same SQLite file: every digest that was posted appears once, and the restart catches up at once.
/// </summary>
public sealed class CrashRecoveryTests : IDisposable
{
    private const string Posted = "#local message ";
    private readonly TempFolder _folder = new();

    [Fact]
    public async Task KillAndRestart_SameStore_NoDuplicateAndNoGapBeyondCatchUp()
    {
        _folder.CopySample(Path.Combine("config", "material"));
        string[] args =
        [
            "--Digests:Schedules:0:Name=tick",
            "--Digests:Schedules:0:Cron=*/2 * * * * ?",
            "--Digests:Schedules:0:NoteWhenEmpty=true",
            "--Storage:DataFolder=" + Path.Combine(_folder.Path, "data"),
        ];

        int firstRun;
        using (var first = HostProcess.Start(_folder.Path, args))
        {
            await first.WaitForAsync(l => l.Count(x => x.Contains(Posted, StringComparison.Ordinal)) >= 3, TimeSpan.FromSeconds(180), "three digests");
            first.Kill();
            firstRun = first.Lines.Count(x => x.Contains(Posted, StringComparison.Ordinal));
        }

        int secondRun;
        DateTimeOffset firstAfterRestart;
        using (var second = HostProcess.Start(_folder.Path, args))
        {
            await second.WaitForAsync(l => l.Any(x => x.Contains(Posted, StringComparison.Ordinal)), TimeSpan.FromSeconds(180), "a digest after the restart");
            firstAfterRestart = DateTimeOffset.UtcNow;
            await second.WaitForAsync(l => l.Count(x => x.Contains(Posted, StringComparison.Ordinal)) >= 3, TimeSpan.FromSeconds(180), "three more digests");
            second.Kill();
            secondRun = second.Lines.Count(x => x.Contains(Posted, StringComparison.Ordinal));
        }

        var deliveries = await DeliveriesAsync();
        var posted = deliveries.Count(d => d.Status == "posted");
        var claimed = deliveries.Count(d => d.Status is "posted" or "posting");

        // No duplicate: every digest printed came from its own claimed (schedule, fire time) row. A kill
        // between printing and recording leaves a "posting" row: that digest went out once and is never
        // posted again (at most once), so printed digests lie between the two counts.
        Assert.InRange(firstRun + secondRun, posted, claimed);

        // No gap beyond the catch-up rule: the only hole in the two-second cadence is the downtime, and the
        // restarted process filled it with the latest fire time before its first digest.
        var fires = deliveries.Select(d => d.FireTime).Order().ToList();
        var gaps = fires.Zip(fires.Skip(1), (a, b) => (From: a, To: b)).Where(p => p.To - p.From > TimeSpan.FromSeconds(2)).ToList();
        Assert.True(gaps.Count <= 1, string.Join(", ", gaps));
        if (gaps.Count == 1)
        {
            Assert.True(gaps[0].To <= firstAfterRestart, $"caught up with {gaps[0].To:O}, first digest after restart at {firstAfterRestart:O}");
        }
    }

    public void Dispose() => _folder.Dispose();

    private async Task<List<(DateTimeOffset FireTime, string Status)>> DeliveriesAsync()
    {
        var database = new Database(Options.Create(new StorageOptions { DataFolder = Path.Combine(_folder.Path, "data") }));
        await using var connection = await database.OpenAsync(CancellationToken.None);
        await using var command = Database.Command(connection, "SELECT fire_time, status FROM digest_deliveries ORDER BY fire_time;");
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<(DateTimeOffset, string)>();
        while (await reader.ReadAsync())
        {
            rows.Add((DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(0)), reader.GetString(1)));
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        return rows;
    }
}
