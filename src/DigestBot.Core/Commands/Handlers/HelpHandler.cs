using DigestBot.Core.Commands.Requests;
using DigestBot.Core.Replies;

namespace DigestBot.Core.Commands.Handlers;

public static class HelpHandler
{
    public static Reply Handle(HelpRequest request)
    {
        if (request.Command is { } name)
        {
            var command = CommandCatalog.Find(name);
            if (command is null)
            {
                var hint = Suggestions.DidYouMean(Suggestions.Closest(name.TrimStart('/'), CommandCatalog.All.Select(c => c.Name)));
                return Reply.Error("Unknown command", $"There is no /{name.TrimStart('/')}. {hint}".TrimEnd(), "Try /help for the list.");
            }

            var options = command.Options
                .Select(o => new ReplyField(o.Name, $"{o.Description}{(o.Required ? " (required)" : "")}"))
                .ToArray();
            return new Reply($"/{command.Name}", [new ReplySection(null, command.Description, [ReplyItem.Line($"Usage: {command.Usage}"), ReplyItem.Line($"Example: {command.Example}")], options)]);
        }

        var items = CommandCatalog.All
            .Select(c => new ReplyItem(ReplyItemKind.Line, c.Usage, c.Description + (c.ModeratorOnly ? " (moderators)" : ""), null))
            .ToArray();
        return new Reply("DigestBot commands", [new ReplySection(null, "Quotes, figures and summaries from the news your team follows.", items, [])])
        {
            Footer = "Options are written name:value, e.g. /quotes speaker:\"Vladimir Putin\" limit:3",
        };
    }
}
