namespace DigestBot.Core.Commands;

public enum OptionType
{
    String,
    Integer,
}
