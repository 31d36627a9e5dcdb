using DigestBot.Core.Material.Store;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace DigestBot.Host.Material;

internal static class MaterialHostingExtensions
{
    /// <summary>
    /// The material folders (<c>Sources:Folders</c>, or <c>Material:Folder</c> when that list is empty): each
    /// loaded before start completes, watched and reloaded on change, and one source in the
    /// <see cref="ArticleCatalog"/> beside fetched feeds and pages.
    /// </summary>
    public static IHostApplicationBuilder AddMaterial(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<MaterialOptions>()
            .Bind(builder.Configuration.GetSection(MaterialOptions.SectionName))
            .ValidateOnStart();
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<MaterialOptions>, MaterialOptionsValidator>());
        builder.Services.TryAddSingleton<IMaterialStore, MaterialStore>();
        builder.Services.TryAddSingleton<ArticleCatalog>();
        if (builder.Services.Any(d => d.ServiceType == typeof(MaterialFolderLoader)))
        {
            return builder;
        }

        // The folder list decides how many loaders and watchers there are, so it is read while composing.
        foreach (var folder in MaterialFolders.From(builder.Configuration))
        {
            builder.Services.AddSingleton(sp => new MaterialFolderLoader(
                sp.GetRequiredService<ArticleCatalog>(),
                folder,
                sp.GetRequiredService<IOptions<MaterialOptions>>(),
                sp.GetRequiredService<TimeProvider>(),
                sp.GetRequiredService<ILogger<MaterialFolderLoader>>()));
        }

        builder.Services.AddHostedService<MaterialWatchers>();
        return builder;
    }
}
