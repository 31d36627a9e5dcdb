using DigestBot.Core.Commands;
using DigestBot.Discord.Json;
using DigestBot.Discord.Rendering;

namespace DigestBot.Discord.Registration;

/// <summary>Core command declarations → Discord application commands, whatever commands the catalog grows.</summary>
internal static class CommandMapper
{
    // Discord's ceiling for min_length/max_length on string options.
    private const int MaxStringLength = 6000;

    public static IReadOnlyList<ApplicationCommand> Map(IEnumerable<CommandDefinition> commands) =>
        [.. commands.Select(Map)];

    public static ApplicationCommand Map(CommandDefinition command) => new(
        command.Name.ToLowerInvariant(),
        Clip(command.Description),
        // Discord requires required options before optional ones; the order among each is kept.
        [.. command.Options.Where(o => o.Required).Concat(command.Options.Where(o => !o.Required)).Select(Map)]);

    private static ApplicationCommandOption Map(OptionDefinition option)
    {
        var isString = option.Type == OptionType.String;
        var hasChoices = option.Choices.Count > 0;
        return new ApplicationCommandOption(
            isString ? ApplicationCommandOptionType.String : ApplicationCommandOptionType.Integer,
            option.Name.ToLowerInvariant(),
            Clip(option.Description))
        {
            Required = option.Required ? true : null,
            MinValue = isString ? null : option.MinValue,
            MaxValue = isString ? null : option.MaxValue,
            MinLength = isString && option.MinLength > 0 ? Math.Min(option.MinLength, MaxStringLength) : null,
            MaxLength = isString ? Math.Clamp(option.MaxLength, 1, MaxStringLength) : null,

            // Discord refuses autocomplete together with fixed choices; the choices win.
            Autocomplete = option.Autocomplete && !hasChoices ? true : null,
            Choices = hasChoices ? [.. option.Choices.Take(DiscordLimits.AutocompleteChoices).Select(c => new CommandChoice(c, c))] : null,
        };
    }

    private static string Clip(string description) =>
        description.Length <= DiscordLimits.CommandDescription ? description : description[..(DiscordLimits.CommandDescription - 1)] + "…";
}
