using System.Globalization;
using DigestBot.Core.Commands.Requests;
using DigestBot.Core.Replies;

namespace DigestBot.Core.Commands;

/// <summary>
/// Validates a command name and its options against <see cref="CommandCatalog"/> and builds the request.
/// Every adapter goes through here, so limits and error messages are the same on every platform.
/// </summary>
public static class CommandBinder
{
    public static BindResult Bind(string commandName, IReadOnlyList<CommandOption> options)
    {
        var command = CommandCatalog.Find(commandName);
        if (command is null)
        {
            return BindResult.Fail(UnknownCommand(commandName));
        }

        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var option in options)
        {
            var error = Collect(command, option, values);
            if (error is not null)
            {
                return BindResult.Fail(error, command);
            }
        }

        var missing = command.Options.FirstOrDefault(o => o.Required && !values.ContainsKey(o.Name));
        if (missing is not null)
        {
            return BindResult.Fail(
                Invalid(command, $"/{command.Name} needs `{missing.Name}`: {missing.Description.ToLowerInvariant()}."),
                command);
        }

        var integers = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, value) in values)
        {
            var definition = command.FindOption(name)!;
            var error = Validate(command, definition, value, integers);
            if (error is not null)
            {
                return BindResult.Fail(error, command);
            }
        }

        return BindResult.Ok(command, Create(command, values, integers));
    }

    private static Reply? Collect(CommandDefinition command, CommandOption option, Dictionary<string, string> values)
    {
        var name = option.Name ?? command.FreeTextOption;
        if (name is null)
        {
            return string.IsNullOrWhiteSpace(option.Value)
                ? null
                : Invalid(command, $"/{command.Name} takes no text, but got “{Clip(option.Value)}”.");
        }

        var definition = command.FindOption(name);
        if (definition is null)
        {
            var valid = command.Options.Select(o => o.Name).ToArray();
            var hint = Suggestions.DidYouMean(Suggestions.Closest(name, valid));
            var message = valid.Length == 0
                ? $"/{command.Name} has no options, but got `{Clip(name)}`."
                : $"/{command.Name} has no option `{Clip(name)}`. Valid options: {string.Join(", ", valid)}.";
            return Invalid(command, hint.Length > 0 ? $"{message} {hint}" : message);
        }

        var value = option.Value.Trim();
        if (value.Length == 0)
        {
            return null;
        }

        if (!values.TryAdd(definition.Name, value))
        {
            return Invalid(command, $"`{definition.Name}` was given twice.");
        }

        return null;
    }

    private static Reply? Validate(CommandDefinition command, OptionDefinition option, string value, Dictionary<string, int> integers)
    {
        if (option.Type == OptionType.Integer)
        {
            if (!int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number))
            {
                return Invalid(command, $"`{option.Name}` must be a whole number from {option.MinValue} to {option.MaxValue}, not “{Clip(value)}”.");
            }

            if (number < option.MinValue || number > option.MaxValue)
            {
                return Invalid(command, $"`{option.Name}` must be from {option.MinValue} to {option.MaxValue}; {number} is out of range.");
            }

            integers[option.Name] = number;
            return null;
        }

        if (value.Length < option.MinLength)
        {
            return Invalid(command, $"`{option.Name}` needs at least {option.MinLength} characters.");
        }

        if (value.Length > option.MaxLength)
        {
            return Invalid(command, $"`{option.Name}` may be at most {option.MaxLength} characters; it has {value.Length}.");
        }

        if (option.Choices.Count > 0 && !option.Choices.Contains(value, StringComparer.OrdinalIgnoreCase))
        {
            return Invalid(command, $"`{option.Name}` must be one of {string.Join(", ", option.Choices)}, not “{Clip(value)}”.");
        }

        return null;
    }

    private static CommandRequest Create(CommandDefinition command, Dictionary<string, string> values, Dictionary<string, int> integers)
    {
        string? Text(string name) => values.GetValueOrDefault(name);
        int Number(string name) => integers.TryGetValue(name, out var n) ? n : command.FindOption(name)!.DefaultValue ?? 0;

        return command.Name switch
        {
            "quotes" => new QuotesRequest(Text("speaker"), Text("topic"), Number("limit")),
            "speakers" => new SpeakersRequest(),
            "figures" => new FiguresRequest(Text("topic"), Number("limit")),
            "summary" => new SummaryRequest(Text("article")),
            "search" => new SearchRequest(Text("text")!, Number("limit")),
            "digest" => new DigestRequest(),
            "sources" => new SourcesRequest(),
            "help" => new HelpRequest(Text("command")),
            "pin" => new PinRequest(Text("article")),
            "schedule" => new ScheduleRequest(
                Text("action")!.ToLowerInvariant(),
                Text("name"),
                Text("time"),
                Text("days"),
                Text("cron"),
                Text("zone"),
                string.Equals(Text("empty"), "note", StringComparison.OrdinalIgnoreCase)),
            "audit" => new AuditRequest(Number("limit")),
            _ => throw new InvalidOperationException($"Command /{command.Name} is declared but has no request type."),
        };
    }

    private static Reply UnknownCommand(string name)
    {
        var names = CommandCatalog.All.Select(c => "/" + c.Name).ToArray();
        var hint = Suggestions.DidYouMean(Suggestions.Closest("/" + name.TrimStart('/'), names));
        var shown = Clip(name.TrimStart('/'));
        return Reply.Error(
            "Unknown command",
            hint.Length > 0 ? $"There is no /{shown}. {hint}" : $"There is no /{shown}.",
            $"Commands: {string.Join(", ", names)}. Try /help.");
    }

    private static Reply Invalid(CommandDefinition command, string message) =>
        Reply.Error($"Cannot run /{command.Name}", message, $"Usage: {command.Usage}", $"Example: {command.Example}");

    private static string Clip(string value) => value.Length <= 40 ? value : value[..40] + "…";
}
