using DigestBot.Core.Commands;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace DigestBot.Core;

public static class CoreHostingExtensions
{
    /// <summary>The material store and the command core every adapter talks to.</summary>
    public static IHostApplicationBuilder AddDigestCore(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.TryAddSingleton<Material.Store.IMaterialStore, Material.Store.MaterialStore>();
        builder.Services.TryAddSingleton<CommandCore>();
        return builder;
    }
}
