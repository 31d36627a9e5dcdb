using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace DigestBot.Discord.Gateway;

/// <summary>Logs why, sets a failing exit code and stops the host: better than running silently deaf.</summary>
internal sealed class HostStopper(IHostApplicationLifetime lifetime, ILogger<HostStopper> logger) : IHostStopper
{
    public void Stop(string reason)
    {
        Log.StoppingHost(logger, reason);
        Environment.ExitCode = 1;
        lifetime.StopApplication();
    }
}
