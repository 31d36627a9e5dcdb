using DigestBot.Core.Commands;
using DigestBot.Discord.Json;

namespace DigestBot.Discord.Interactions;

/// <summary>Reads the command name, its options, the caller and the channel out of an interaction.</summary>
internal sealed class InteractionMapper(ModeratorPolicy moderators)
{
    public const string Platform = "discord";

    public CommandContext Context(Interaction interaction)
    {
        var user = interaction.Member?.User ?? interaction.User;
        var name = interaction.Member?.Nick ?? user?.GlobalName ?? user?.Username ?? "someone";
        var caller = new Caller(user?.Id ?? "", name, moderators.IsModerator(interaction.Member));
        return new CommandContext(caller, new ChannelRef(Platform, interaction.ChannelId ?? interaction.Channel?.Id ?? ""));
    }

    public static IReadOnlyList<CommandOption> Options(InteractionData? data)
    {
        if (data?.Options is not { Count: > 0 } options)
        {
            return [];
        }

        var result = new List<CommandOption>(options.Count);
        foreach (var option in options)
        {
            if (option.Value is { } value)
            {
                result.Add(new CommandOption(option.Name, value));
            }
        }

        return result;
    }

    public static InteractionDataOption? Focused(InteractionData? data) =>
        data?.Options?.FirstOrDefault(o => o.Focused == true);
}
