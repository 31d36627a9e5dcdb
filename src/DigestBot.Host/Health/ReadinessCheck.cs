using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace DigestBot.Host.Health;

/// <summary>Ready once the host has started, which is after the material has loaded and adapters connected.</summary>
internal sealed class ReadinessCheck(IHostApplicationLifetime lifetime) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(lifetime.ApplicationStarted.IsCancellationRequested
            ? HealthCheckResult.Healthy("started")
            : HealthCheckResult.Unhealthy("starting"));
}
