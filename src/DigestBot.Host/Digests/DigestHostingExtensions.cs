using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Quartz;

namespace DigestBot.Host.Digests;

internal static class DigestHostingExtensions
{
    /// <summary>Scheduled digests: Quartz with one job per configured schedule.</summary>
    public static IHostApplicationBuilder AddDigestScheduling(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<DigestOptions>()
            .Bind(builder.Configuration.GetSection(DigestOptions.SectionName))
            .ValidateOnStart();
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<DigestOptions>, DigestOptionsValidator>());
        builder.Services.TryAddSingleton<DigestDelivery>();
        builder.Services.AddTransient<DigestJob>();
        builder.Services.AddQuartz(quartz => quartz.ConfigureScheduler(s => s.InstanceName = "DigestBot"));
        builder.Services.AddQuartzHostedService(quartz => quartz.WaitForJobsToComplete = true);
        builder.Services.AddHostedService<DigestScheduleRegistrar>();
        return builder;
    }
}
