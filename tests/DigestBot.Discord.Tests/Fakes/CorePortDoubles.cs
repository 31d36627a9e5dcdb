using DigestBot.Core.Commands;
using Microsoft.Extensions.DependencyInjection;
using Moq;

namespace DigestBot.Discord.Tests.Fakes;

/// <summary>
/// Registers a Moq double for every Core port <see cref="CommandCore"/> needs that the host would provide
/// (sources, schedules, audit log…) and the test has not. Found from the constructor rather than listed,
/// because the Core grows ports while the adapter is written; these tests only need them to exist.
/// </summary>
internal static class CorePortDoubles
{
    public static IServiceCollection AddCorePortDoubles(this IServiceCollection services)
    {
        var constructor = typeof(CommandCore).GetConstructors().Single();
        foreach (var parameter in constructor.GetParameters())
        {
            var type = parameter.ParameterType;
            var isCorePort = type.IsInterface && type.Namespace?.StartsWith("DigestBot.Core", StringComparison.Ordinal) == true;
            if (isCorePort && !services.Any(s => s.ServiceType == type))
            {
                var mock = (Mock)Activator.CreateInstance(typeof(Mock<>).MakeGenericType(type))!;
                services.AddSingleton(type, mock.Object);
            }
        }

        return services;
    }
}
