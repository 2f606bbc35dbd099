using Certfolio.Cli.Init;
using Spectre.Console.Testing;

namespace Certfolio.Cli.Tests.Init;

public sealed class InitQuestionsTests
{
    [Fact]
    public void Asks_again_until_each_answer_is_usable_and_keeps_the_good_ones()
    {
        var console = new TestConsole().Interactive();
        console.Input.PushTextWithEnter(new string('x', 201)); // too long for a page header
        console.Input.PushTextWithEnter("Alex Morgan");
        console.Input.PushTextWithEnter("");                // the default title
        console.Input.PushTextWithEnter("MM/dd/yyyy");      // not a layout documents may use
        console.Input.PushTextWithEnter("yyyy-MM-dd");
        console.Input.PushTextWithEnter("jenkins");
        console.Input.PushTextWithEnter("gitlab");

        var choices = new InitQuestions(console).Ask(new InitChoices(null, null, null, null));

        Assert.Equal(new InitChoices("Alex Morgan", "Alex Morgan · Certifications", "yyyy-MM-dd", "gitlab"), choices);
        Assert.Contains("the name must be at most 200 characters", console.Output);
        Assert.Contains("the date format must be dd.MM.yyyy or yyyy-MM-dd", console.Output);
        Assert.Contains("--ci must be github, gitlab, none", console.Output);
    }

    [Fact]
    public void Does_not_ask_for_what_an_option_gave()
    {
        var console = new TestConsole().Interactive();
        console.Input.PushTextWithEnter("");

        var choices = new InitQuestions(console).Ask(new InitChoices("Alex", "Mine", "dd.MM.yyyy", null));

        Assert.Equal(new InitChoices("Alex", "Mine", "dd.MM.yyyy", "github"), choices);
        Assert.DoesNotContain("Your name", console.Output);
    }
}
