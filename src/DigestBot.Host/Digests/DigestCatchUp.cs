using Microsoft.Extensions.Options;

namespace DigestBot.Host.Digests;

/// <summary>
/// Posts a digest whose fire time passed while no instance was running (or while the scheduler was too busy),
/// if it is within <see cref="DigestOptions.CatchUpWindow"/>: only the latest missed one, since a digest
/// already carries everything new since the previous one. Runs at start and then every minute.
/// </summary>
internal sealed partial class DigestCatchUp(
    ScheduleRepository schedules,
    DeliveryLog deliveries,
    DigestDelivery delivery,
    IOptions<DigestOptions> options,
    TimeProvider time,
    ILogger<DigestCatchUp> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromMinutes(1);

    public async Task RunOnceAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        foreach (var schedule in await schedules.ListAsync(null, cancellationToken))
        {
            var due = DigestScheduler.LastFireAtOrBefore(schedule, now);
            if (due is not { } fireTime || now - fireTime > options.Value.CatchUpWindow)
            {
                continue;
            }

            var handled = await deliveries.LastFireTimeAsync(schedule.Key, cancellationToken);
            if (handled >= fireTime)
            {
                continue;
            }

            Log.CatchingUp(logger, schedule.Key, fireTime);
            await delivery.DeliverAsync(schedule.Key, schedule.Channel, schedule.NoteWhenEmpty, fireTime, cancellationToken);
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, time);
        do
        {
            try
            {
                await RunOnceAsync(stoppingToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                Log.Failed(logger, exception);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    private static partial class Log
    {
        [LoggerMessage(3201, LogLevel.Information, "Digest {Schedule} missed its {FireTime:u} run; posting it now")]
        public static partial void CatchingUp(ILogger logger, string schedule, DateTimeOffset fireTime);

        [LoggerMessage(3202, LogLevel.Error, "Catching up missed digests failed; will try again in a minute")]
        public static partial void Failed(ILogger logger, Exception exception);
    }
}
