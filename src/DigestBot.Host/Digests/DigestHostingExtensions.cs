using DigestBot.Core.Moderation;
using DigestBot.Host.Moderation;
using DigestBot.Host.Storage;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Quartz;

namespace DigestBot.Host.Digests;

internal static class DigestHostingExtensions
{
    /// <summary>
    /// Scheduled digests and moderation state: Quartz on the persistent ADO.NET store (SQLite, or PostgreSQL
    /// with clustering so each digest fires on one node), the delivery log, schedules, posts and audit log.
    /// With <paramref name="runScheduler"/> false (a one-shot <c>ask</c>) schedules can still be changed,
    /// but nothing fires.
    /// </summary>
    public static IHostApplicationBuilder AddDigests(this IHostApplicationBuilder builder, bool runScheduler)
    {
        builder.Services.AddOptions<DigestOptions>()
            .Bind(builder.Configuration.GetSection(DigestOptions.SectionName))
            .ValidateOnStart();
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<DigestOptions>, DigestOptionsValidator>());
        builder.Services.AddStorageMigration(DigestSchema.Tables);
        builder.Services.TryAddSingleton<ScheduleRepository>();
        builder.Services.TryAddSingleton<DeliveryLog>();
        builder.Services.TryAddSingleton<DigestScheduler>();
        builder.Services.TryAddSingleton<DigestDelivery>();
        builder.Services.TryAddSingleton<IScheduleBook, ScheduleBook>();
        builder.Services.TryAddSingleton<IAuditLog, SqlAuditLog>();
        builder.Services.TryAddSingleton<IPostHistory, SqlPostHistory>();
        builder.Services.AddTransient<DigestJob>();

        var storage = builder.Configuration.GetSection(StorageOptions.SectionName).Get<StorageOptions>() ?? new StorageOptions();
        builder.Services.AddQuartz(quartz =>
        {
            quartz.ConfigureScheduler(s => s.InstanceName = "DigestBot");
            quartz.UsePersistentStore(store =>
            {
                store.UseSystemTextJsonSerializer();
                store.ProvisionSchema();
                if (storage.Provider == StorageProvider.Postgres)
                {
                    store.UsePostgres(storage.ConnectionString ?? "");
                    store.UseClustering(cluster => cluster.CheckinInterval = TimeSpan.FromSeconds(5));
                }
                else
                {
                    store.UseSqlite(Database.ConnectionStringFor(storage));
                }
            });
        });

        if (runScheduler)
        {
            builder.Services.AddHostedService<DigestScheduleRegistrar>();
            builder.Services.AddQuartzHostedService(quartz => quartz.WaitForJobsToComplete = true);
            builder.Services.AddHostedService<DigestCatchUp>();
        }

        return builder;
    }
}
