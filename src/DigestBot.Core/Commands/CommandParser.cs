using System.Text;

namespace DigestBot.Core.Commands;

/// <summary>
/// Parses command text as people type it in Slack or a console: <c>/quotes speaker:"Vladimir Putin" limit:3</c>,
/// <c>quotes Putin</c> (free text), or under the umbrella command <c>/digestbot quotes speaker:Putin</c>.
/// </summary>
public static class CommandParser
{
    public const string UmbrellaCommand = "digestbot";

    public static BindResult Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = Tokenize(text);
        if (tokens.Count > 0 && tokens[0].Value.TrimStart('/').Equals(UmbrellaCommand, StringComparison.OrdinalIgnoreCase))
        {
            tokens.RemoveAt(0);
        }

        if (tokens.Count == 0)
        {
            return CommandBinder.Bind("help", []);
        }

        return Parse(tokens[0].Value, tokens.Skip(1));
    }

    /// <summary>Parses option text for a command already known by name (Slack sends them apart).</summary>
    public static BindResult Parse(string commandName, string optionText)
    {
        ArgumentNullException.ThrowIfNull(optionText);
        var name = commandName.TrimStart('/');
        if (name.Equals(UmbrellaCommand, StringComparison.OrdinalIgnoreCase))
        {
            return Parse(optionText);
        }

        return Parse(name, Tokenize(optionText));
    }

    private static BindResult Parse(string commandName, IEnumerable<Token> tokens)
    {
        var command = CommandCatalog.Find(commandName);
        var options = new List<CommandOption>();
        var free = new List<string>();
        foreach (var token in tokens)
        {
            var colon = token.Quoted ? -1 : token.Value.IndexOf(':', StringComparison.Ordinal);
            var name = colon > 0 ? token.Value[..colon] : null;
            if (name is not null && IsOptionName(name) && IsMeantAsOption(command, name))
            {
                options.Add(new CommandOption(name, token.Value[(colon + 1)..]));
            }
            else
            {
                free.Add(token.Value);
            }
        }

        if (free.Count > 0)
        {
            options.Add(new CommandOption(null, string.Join(' ', free)));
        }

        return CommandBinder.Bind(commandName, options);
    }

    // "/search Putin: Russia" is free text; "/quotes speker:Putin" is a typo worth pointing out.
    private static bool IsMeantAsOption(CommandDefinition? command, string name) =>
        command is null
        || command.FreeTextOption is null
        || command.FindOption(name) is not null
        || Suggestions.Closest(name, command.Options.Select(o => o.Name)).Count > 0;

    private static bool IsOptionName(string name) =>
        name.Length is > 0 and <= 32 && char.IsAsciiLetter(name[0]) && name.All(c => char.IsAsciiLetter(c) || c is '_' or '-');

    private readonly record struct Token(string Value, bool Quoted);

    /// <summary>Splits on white space; "…" (straight or curly) groups words, also after <c>name:</c>.</summary>
    private static List<Token> Tokenize(string text)
    {
        var tokens = new List<Token>();
        var current = new StringBuilder();
        var quoted = false;
        var wasQuoted = false;
        foreach (var c in text)
        {
            if (c is '"' or '“' or '”')
            {
                if (!quoted && current.Length == 0)
                {
                    wasQuoted = true;
                }

                quoted = !quoted;
                continue;
            }

            if (char.IsWhiteSpace(c) && !quoted)
            {
                Flush();
                continue;
            }

            current.Append(c);
        }

        Flush();
        return tokens;

        void Flush()
        {
            if (current.Length > 0 || wasQuoted)
            {
                tokens.Add(new Token(current.ToString(), wasQuoted));
            }

            current.Clear();
            wasQuoted = false;
        }
    }
}
