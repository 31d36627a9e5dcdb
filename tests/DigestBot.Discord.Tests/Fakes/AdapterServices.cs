using DigestBot.Core;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace DigestBot.Discord.Tests.Fakes;

/// <summary>The real container from AddDiscord (validated on build), without starting a host.</summary>
internal static class AdapterServices
{
    public static ServiceProvider Build(Uri apiBase, TimeProvider time, IDictionary<string, string?>? extra = null, Action<IServiceCollection>? replace = null)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        var config = new Dictionary<string, string?>
        {
            ["Discord:Token"] = "test-bot-token",
            ["Discord:ApplicationId"] = "658822586720976907",
            ["Discord:PublicKey"] = new string('a', 64),
            ["Discord:ApiBaseUrl"] = apiBase.ToString(),
        };
        foreach (var (key, value) in extra ?? new Dictionary<string, string?>())
        {
            config[key] = value;
        }

        builder.Configuration.AddInMemoryCollection(config);
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton(time);
                replace?.Invoke(builder.Services);
        builder.AddDigestCore();
        builder.AddDiscord();
        builder.Services.AddCorePortDoubles();
        return builder.Services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }
}
