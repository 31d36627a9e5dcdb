using Microsoft.Extensions.Options;

namespace DigestBot.Slack.Configuration;

/// <summary>Source-generated: data annotations plus <see cref="SlackOptions.Validate"/>, run at start-up.</summary>
[OptionsValidator]
internal sealed partial class SlackOptionsValidator : IValidateOptions<SlackOptions>;
