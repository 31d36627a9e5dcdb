using DigestBot.Host.Storage;

namespace DigestBot.Host.Digests;

/// <summary>
/// The digest_deliveries table, keyed by (schedule, fire time). Claiming a row before posting is what makes
/// a digest post at most once: a restart, a crash mid-post or another cluster node finds the claim and stops.
/// </summary>
internal sealed class DeliveryLog(Database database, TimeProvider time)
{
    public static readonly string Instance = $"{Environment.MachineName}:{Environment.ProcessId}";

    public async Task<bool> TryClaimAsync(string key, DateTimeOffset fireTime, string status, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var inserted = await Database.ExecuteAsync(
            connection,
            """
            INSERT INTO digest_deliveries (schedule_key, fire_time, status, instance, claimed_at)
            VALUES (@key, @fire, @status, @instance, @now)
            ON CONFLICT (schedule_key, fire_time) DO NOTHING;
            """,
            cancellationToken,
            ("@key", key),
            ("@fire", fireTime.ToUnixTimeMilliseconds()),
            ("@status", status),
            ("@instance", Instance),
            ("@now", time.GetUtcNow().ToUnixTimeMilliseconds()));
        return inserted == 1;
    }

    public async Task CompleteAsync(string key, DateTimeOffset fireTime, string status, DateTimeOffset? cutoff, string? messageIds, string? detail, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await Database.ExecuteAsync(
            connection,
            """
            UPDATE digest_deliveries SET status = @status, finished_at = @now, cutoff = @cutoff, message_ids = @ids, detail = @detail
            WHERE schedule_key = @key AND fire_time = @fire;
            """,
            cancellationToken,
            ("@key", key),
            ("@fire", fireTime.ToUnixTimeMilliseconds()),
            ("@status", status),
            ("@now", time.GetUtcNow().ToUnixTimeMilliseconds()),
            ("@cutoff", cutoff?.ToUnixTimeMilliseconds()),
            ("@ids", messageIds),
            ("@detail", detail));
    }

    /// <summary>When the last digest that went out (or found nothing new) was composed: the "new since" mark.</summary>
    public async Task<DateTimeOffset?> LastCutoffAsync(string key, CancellationToken cancellationToken) =>
        await ScalarTimeAsync("SELECT MAX(cutoff) FROM digest_deliveries WHERE schedule_key = @key;", key, cancellationToken);

    /// <summary>The latest fire time with any record at all (claimed, posted, skipped or failed).</summary>
    public async Task<DateTimeOffset?> LastFireTimeAsync(string key, CancellationToken cancellationToken) =>
        await ScalarTimeAsync("SELECT MAX(fire_time) FROM digest_deliveries WHERE schedule_key = @key;", key, cancellationToken);

    private async Task<DateTimeOffset?> ScalarTimeAsync(string sql, string key, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = Database.Command(connection, sql, ("@key", key));
        var value = await command.ExecuteScalarAsync(cancellationToken);
        return value is null or DBNull
            ? null
            : DateTimeOffset.FromUnixTimeMilliseconds(Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture));
    }
}
