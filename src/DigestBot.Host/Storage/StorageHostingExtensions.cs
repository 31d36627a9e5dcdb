using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace DigestBot.Host.Storage;

internal static class StorageHostingExtensions
{
    /// <summary>
    /// The database every durable feature shares (SQLite by default, PostgreSQL for clusters). Call before
    /// features that use it: its schema upgrade is a hosted service and must start first.
    /// </summary>
    public static IHostApplicationBuilder AddStorage(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<StorageOptions>()
            .Bind(builder.Configuration.GetSection(StorageOptions.SectionName))
            .ValidateOnStart();
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<StorageOptions>, StorageOptionsValidator>());
        builder.Services.TryAddSingleton<Database>();
        builder.Services.AddHostedService<StorageMigrator>();
        return builder;
    }

    /// <summary>Adds a schema step; see <see cref="StorageMigration"/>.</summary>
    public static IServiceCollection AddStorageMigration(this IServiceCollection services, StorageMigration migration)
    {
        services.AddSingleton(migration);
        return services;
    }
}
