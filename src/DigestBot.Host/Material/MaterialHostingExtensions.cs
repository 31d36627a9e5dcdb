using DigestBot.Core.Sources;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace DigestBot.Host.Material;

internal static class MaterialHostingExtensions
{
    /// <summary>The material folder: loaded before start completes, watched and reloaded on change.</summary>
    public static IHostApplicationBuilder AddMaterial(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<MaterialOptions>()
            .Bind(builder.Configuration.GetSection(MaterialOptions.SectionName))
            .ValidateOnStart();
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<Microsoft.Extensions.Options.IValidateOptions<MaterialOptions>, MaterialOptionsValidator>());
        builder.Services.TryAddSingleton<MaterialFolderLoader>();
        builder.Services.TryAddSingleton<ISourceCatalog>(sp => sp.GetRequiredService<MaterialFolderLoader>());
        builder.Services.AddHostedService<MaterialWatcher>();
        return builder;
    }
}
