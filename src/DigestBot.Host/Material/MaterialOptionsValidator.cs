using Microsoft.Extensions.Options;

namespace DigestBot.Host.Material;

[OptionsValidator]
internal sealed partial class MaterialOptionsValidator : IValidateOptions<MaterialOptions>;
