using Microsoft.Extensions.Options;

namespace DigestBot.Discord.Configuration;

/// <summary>Source-generated validation of <see cref="DiscordOptions"/> (data annotations and IValidatableObject).</summary>
[OptionsValidator]
internal sealed partial class DiscordOptionsValidator : IValidateOptions<DiscordOptions>;
