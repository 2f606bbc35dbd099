using System.Text;

namespace Certfolio.Core.Model;

/// <summary>
/// The ASCII spelling of a name in any script, for slugs: AnyAscii's transliteration ("Gestión" → "Gestion",
/// "Größe" → "Grosse", "Сертификат" → "Sertifikat", katakana → romanised kana), with a space wherever Chinese,
/// Japanese or Korean text meets another script (Han, hiragana, katakana and Hangul each count as one). ASCII text comes back as it was.
/// </summary>
/// <remarks>
/// AnyAscii is language-neutral: 'ü' is "u", not German "ue", because a title does not say its language ('ü' is
/// also Turkish, Hungarian, Estonian…) and most slug makers spell it so. Kanji are read as AnyAscii's table reads Han
/// characters (Mandarin pinyin): a Japanese reading needs a dictionary and a morphological analyser, which no package
/// we can use offers; the pinyin is stable, ASCII and tells titles apart. The script boundary matters because CJK is
/// written without spaces: "AWS認定ソリューション" reads as three words, "aws-rending-soriyushiyon", not one.
/// </remarks>
public static class AsciiSpelling
{
    /// <summary>
    /// The text without trademark signs (® ™ © ℠): they say nothing about what a title or a name is ("ITIL® 4"), and
    /// AnyAscii would spell them "(R)", "TM", "(C)", "SM", words in a slug or a name that nobody wrote.
    /// </summary>
    public static string WithoutMarks(string text) =>
        text.AsSpan().IndexOfAny("®™©℠") < 0 ? text : string.Concat(text.Where(c => c is not ('®' or '™' or '©' or '℠')));

    public static string Of(string text)
    {
        if (Ascii.IsValid(text)) return text;
        var spelled = new StringBuilder(text.Length * 2);
        var run = new StringBuilder();
        var runScript = Script.Other;
        foreach (var rune in text.EnumerateRunes())
        {
            var script = ScriptOf(rune.Value);
            if (run.Length > 0 && script != runScript && (script != Script.Other || runScript != Script.Other))
            {
                spelled.Append(AnyAscii.Transliteration.Transliterate(run.ToString())).Append(' ');
                run.Clear();
            }
            runScript = script;
            run.Append(rune.ToString());
        }
        spelled.Append(AnyAscii.Transliteration.Transliterate(run.ToString()));
        return spelled.ToString();
    }

    /// <summary>
    /// The scripts written without spaces between words. Where one meets another, a word ends often enough to be
    /// worth a hyphen: kanji stems, hiragana particles and katakana loan words ("資格の試験" is "zige-no-shiyan").
    /// </summary>
    private enum Script { Other, Han, Hiragana, Katakana, Hangul }

    private static Script ScriptOf(int c) => c switch
    {
        0x3005 or 0x3007 or (>= 0x2E80 and <= 0x2FDF) or (>= 0x3400 and <= 0x4DBF) or (>= 0x4E00 and <= 0x9FFF)
            or (>= 0xF900 and <= 0xFAFF) or (>= 0x20000 and <= 0x3FFFF) => Script.Han,
        >= 0x3041 and <= 0x309F => Script.Hiragana,
        (>= 0x30A0 and <= 0x30FF) or (>= 0x31F0 and <= 0x31FF) or (>= 0xFF66 and <= 0xFF9F) => Script.Katakana,
        (>= 0xAC00 and <= 0xD7AF) or (>= 0x1100 and <= 0x11FF) or (>= 0x3130 and <= 0x318F) => Script.Hangul,
        _ => Script.Other,
    };
}
