namespace DigestBot.Core.Material.Extraction.Figures;

/// <summary>
/// Currencies by symbol, ISO code and name; amounts in cents or pence convert to the main unit for DigestBot.
/// Alias marks as in <see cref="DimensionUnits"/>.
/// </summary>
internal static class CurrencyUnits
{
    public static readonly (string Name, string Code, double Factor, string Aliases)[] All =
    [
        ("Dollar", "USD", 1, "$, +dollar, +dollars, buck, bucks"),
        ("United States dollar", "USD", 1, "us $, US$, u.s. $, usd$, usd, =USD, us dollar, us dollars, u.s. dollar, u.s. dollars, united states dollar, united states dollars, american dollar, american dollars"),
        ("Canadian dollar", "CAD", 1, "c $, c$, cad$, cad, =CAD, canadian dollar, canadian dollars"),
        ("Australian dollar", "AUD", 1, "a$, au$, aud$, =AUD, aud, australian dollar, australian dollars"),
        ("Hong Kong dollar", "HKD", 1, "hk $, hk$, hkd, hong kong dollar, hong kong dollars"),
        ("New Zealand dollar", "NZD", 1, "nz $, nz$, nzd$, nzd, new zealand dollar, new zealand dollars"),
        ("Mexican peso", "MXN", 1, "mex$, mex $, mxn$, mxn, mexican peso, mexican pesos, peso, pesos"),
        ("Euro", "EUR", 1, "€, eur, +euro, +euros"),
        ("Pound", "GBP", 1, "£, +pound sterling, +pounds sterling, +sterling, pound, pounds"),
        ("British pound", "GBP", 1, "gbp, british pound, british pounds"),
        ("Pence", "GBP", 0.01, "pence"),
        ("Penny", "GBP", 0.01, "penny, pennies"),
        ("Cent", "USD", 0.01, "+cent, +cents, ¢"),
        ("Japanese yen", "JPY", 1, "¥, +yen, jpy, japanese yen"),
        ("Chinese yuan", "CNY", 1, "元, +yuan, +rmb, cny, renminbi, chinese yuan"),
        ("Franc", "CHF", 1, "franc, francs"),
        ("Swiss franc", "CHF", 1, "chf, swiss franc, swiss francs"),
        ("Peseta", "ESP", 1, "peseta, pesetas"),
        ("Rupee", "INR", 1, "rupee, rupees, rs"),
        ("Indian rupee", "INR", 1, "₹, inr, indian rupee, indian rupees"),
        ("Sri Lankan rupee", "LKR", 1, "ரூ, lkr, sri lankan rupee, sri lankan rupees"),
        ("Turkish lira", "TRY", 1, "turkish lira, turkish liras"),
        ("Lira", "ITL", 1, "lira, lire"),
        ("Netherlands guilder", "NLG", 1, "dutch guilder, dutch guilders, guilder, guilders"),
        ("Bitcoin", "BTC", 1, "₿, btc, bitcoin, bitcoins"),
        ("Satoshi", "BTC", 1e-8, "satoshi, satoshis"),
        ("Costa Rican colón", "CRC", 1, "₡, colón, colones"),
        ("Georgian lari", "GEL", 1, "₾, lari"),
        ("Lao kip", "LAK", 1, "₭, kip"),
        ("Russian ruble", "RUB", 1, "₽, rub, ruble, rubles, rouble, roubles"),
        ("South Korean won", "KRW", 1, "₩, krw"),
        ("Sen", "Sen", 0.01, "sen"),
    ];
}
