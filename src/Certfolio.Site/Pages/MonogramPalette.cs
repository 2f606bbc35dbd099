namespace Certfolio.Site.Pages;

/// <summary>
/// The monograms' colours: twelve hues 30° apart (red at 0), each at the lightness where white text reaches at least
/// 4.8 : 1, so they read in light and dark mode alike. <c>MonogramTests</c> checks the contrast and the spread.
/// </summary>
public static class MonogramPalette
{
    public static readonly string[] Colours =
    [
        "#bd2828", // 0 red
        "#a26222", // 1 orange
        "#767619", // 2 olive
        "#4c7e1b", // 3 lime green
        "#1c821c", // 4 green
        "#1b804e", // 5 emerald
        "#1b7e7e", // 6 teal
        "#2873bd", // 7 azure
        "#2828bd", // 8 blue
        "#7328bd", // 9 violet
        "#bd28bd", // 10 magenta
        "#bd2873", // 11 rose
    ];
}
