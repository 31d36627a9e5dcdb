namespace DigestBot.Core.Material.Extraction.Figures;

/// <summary>Temperature scales. A bare "F" or "C" is never a unit ("PA 23456 F Block", "13F filing").</summary>
internal static class TemperatureUnits
{
    public static readonly (string Name, string Code, string Aliases)[] All =
    [
        ("F", "°F", "+fahrenheit, +farenheit, °f, ° f, °F, degree f, degrees f, deg f, +degree fahrenheit, +degrees fahrenheit, +degree farenheit, +degrees farenheit, deg fahrenheit, ° fahrenheit"),
        ("C", "°C", "+celsius, +celcius, +centigrade, °c, ° c, °C, degree c, degrees c, deg c, +degree celsius, +degrees celsius, +degree celcius, +degrees celcius, deg celsius, ° celsius"),
        ("K", "K", "kelvin, kelvins"),
        ("Degree", "°", "degree, degrees, deg, deg."),
    ];
}
