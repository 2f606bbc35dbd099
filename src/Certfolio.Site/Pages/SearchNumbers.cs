namespace Certfolio.Site.Pages;

/// <summary>
/// A list of word numbers as the text of one JSON string, a few characters a number rather than a number and a comma
/// each (docs/themes.md, "search.json"): every number is written in base 32, most significant digit first, with the
/// characters <c>0-9 A-V</c> for a last digit and <c>W-Z a-z - _</c> for a digit that more digits follow. None of them
/// needs escaping in JSON. Read back by <c>assets/search.js</c> (<c>numbers()</c>).
/// </summary>
internal static class SearchNumbers
{
    private static ReadOnlySpan<byte> Digits => "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_"u8;

    /// <summary>The most characters one number takes (a non-negative int: 31 bits in digits of 5).</summary>
    public const int MaxLength = 7;

    /// <summary>Writes <paramref name="number"/> at the start of <paramref name="into"/>; returns how many bytes it took.</summary>
    public static int Write(int number, Span<byte> into)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(number);
        var length = 1;
        for (var rest = number >> 5; rest > 0; rest >>= 5) length++;
        into[length - 1] = Digits[number & 31];
        for (var i = length - 2; i >= 0; i--)
        {
            number >>= 5;
            into[i] = Digits[32 + (number & 31)];
        }
        return length;
    }

    /// <summary>The numbers of <paramref name="text"/>, as the script reads them (for tests and tools).</summary>
    public static List<int> Read(string text)
    {
        var numbers = new List<int>();
        var number = 0;
        var open = false;
        foreach (var c in text)
        {
            var digit = Digits.IndexOf((byte)c);
            if (c > 127 || digit < 0) throw new FormatException($"'{c}' is not a digit of a word number");
            open = digit >= 32;
            if (open) number = number * 32 + digit - 32;
            else
            {
                numbers.Add(number * 32 + digit);
                number = 0;
            }
        }
        if (open) throw new FormatException("the last number is not finished");
        return numbers;
    }
}
