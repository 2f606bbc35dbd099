using System.Globalization;
using System.Text;

namespace Certfolio.Cli.Init;

/// <summary>
/// Every file <c>init</c> writes, in one place. The comments of certfolio.yaml follow docs/format.md
/// ("certfolio.yaml"); the workflow pins each action by its version tag and is linted by actionlint in the tests.
/// </summary>
public static class InitTemplates
{
    public const string ExampleFileName = "my-first-certification.md";
    public const string GitHubWorkflowPath = ".github/workflows/certfolio.yml";
    public const string GitLabCiPath = ".gitlab-ci.yml";

    public static string Config(InitAnswers answers) => $"""
        # Certfolio settings. Every key is optional; docs/format.md ("certfolio.yaml") describes them all.
        title: {Quote(answers.Title)}
        owner:
          name: {Quote(answers.Name)}
          # headline: "Cloud & platform engineer"
          # avatar: "/images/avatar.svg"      # a file in the assets folder (public/ or static/), or an http(s) URL
          # email: "you@example.com"
          # links:
          #   - label: "GitHub"
          #     url: "https://github.com/you"
        # The site's language: the words of the interface, month names and relative times ("en" or "de" shipped;
        # another is a file in theme/languages/).
        language: "en"
        # How dates are shown on the site: a .NET custom date format. Documents may use dd.MM.yyyy or yyyy-MM-dd.
        dateFormat: {Quote(answers.DateFormat)}

        # The site's absolute http(s) URL; without it, absolute URLs (canonical links, sitemap) are left out.
        # The GitHub workflow fills it in from GitHub Pages when it is not set here.
        # baseUrl: "https://you.github.io/certifications/"
        # The accent colour of the site (default: the theme's).
        # accent: "#2563eb"
        # A credential expiring within this many days is "expiring" (default 90).
        # expiringDays: 90
        # Cards per list page; longer lists get /page/2/ and on (default 60).
        # pageSize: 60
        # What visitors of the built site see besides each credential, its validity and verification: all off by
        # default, since they are your renewal to-do list. `certfolio serve` always shows them to you.
        # public:
        #   renewal: false      # renewal milestones, next actions, "2 expiring soon" on the home page
        #   credits: false      # continuing-education credit progress
        #   calendar: false     # /calendar.ics and the footer's calendar link
        #   addToProfile: false # "Add to LinkedIn" buttons
        # Folders, relative to this file (default: discovered: certifications/, content/certifications/ or
        # src/content/certifications/; public/ or static/; training/).
        # content: "certifications"
        # assets: "public"
        # training: "training"
        # true keeps raw HTML in document bodies unsanitised; leave it off unless every document is yours.
        # unsafeHtml: false
        # Your own key names for the canonical ones (title, date, provider, description, credentialId, expiryDate,
        # verificationUrl, skills, level, logo), so existing files work unchanged.
        # fields:
        #   provider: issuer
        #   date: issueDate
        # Bounds on hostile or accidental input (defaults shown).
        # limits:
        #   maxDocumentBytes: 1048576
        #   maxFrontMatterBytes: 65536
        #   maxDepth: 32
        #   maxAliases: 64
        #   maxNodes: 10000
        #   maxTitleLength: 300
        # Renewal rules per provider name, with the keys of a document's renewal: block (docs/status.md).
        # policies:
        #   "Amazon Web Services":
        #     cycleYears: 3

        """;

    /// <summary>A document that passes check: issued today, expiring in three years, dates in the chosen format.</summary>
    public static string ExampleDocument(InitAnswers answers)
    {
        string Date(DateOnly day) => Quote(day.ToString(answers.DateFormat, CultureInfo.InvariantCulture));
        return $"""
            ---
            title: "My First Certification"
            date: {Date(answers.Today)}
            provider: "Example Institute"
            expiryDate: {Date(answers.Today.AddYears(3))}
            credentialId: "EXAMPLE-0001"
            verificationUrl: "https://example.com/verify/EXAMPLE-0001"
            skills: ["Example skill", "Another skill"]
            level: "Associate"
            description: "An example: replace it with a credential of your own, or delete this file."
            ---

            # What I learned

            Anything you like, in Markdown. `certfolio check` says what is wrong with a document, with its line and
            column; `certfolio serve` shows the site as you edit.

            """;
    }

    /// <summary>
    /// Check on every push and pull request (annotations on the diff), publish to GitHub Pages from main, and once a
    /// day open, update or close one issue with what needs attention.
    /// </summary>
    public const string GitHubWorkflow = """
        # Written by `certfolio init`.
        # - check: every push and pull request; problems show as annotations on the changed lines.
        # - build + deploy: every push to main publishes the site to GitHub Pages
        #   (Settings > Pages > Source: GitHub Actions).
        # - attention: once a day, opens or updates the issue "Certifications need attention" when a credential
        #   expires or needs renewal within 60 days, and closes it when nothing does.
        name: Certfolio

        on:
          push:
          pull_request:
          schedule:
            - cron: "17 6 * * *"
          workflow_dispatch:

        permissions:
          contents: read

        env:
          DOTNET_NOLOGO: "true"
          DOTNET_CLI_TELEMETRY_OPTOUT: "true"

        jobs:
          check:
            if: github.event_name == 'push' || github.event_name == 'pull_request'
            runs-on: ubuntu-latest
            steps:
              - uses: actions/checkout@v4
              - uses: actions/setup-dotnet@v4
                with:
                  dotnet-version: "10.0.x"
              - name: Install Certfolio
                run: dotnet tool install --global Certfolio
              - name: Check
                run: certfolio check --format github

          build:
            needs: check
            if: github.event_name == 'push' && github.ref == 'refs/heads/main'
            runs-on: ubuntu-latest
            steps:
              - uses: actions/checkout@v4
              - uses: actions/setup-dotnet@v4
                with:
                  dotnet-version: "10.0.x"
              - name: Install Certfolio
                run: dotnet tool install --global Certfolio
              - id: pages
                uses: actions/configure-pages@v5
              - name: Use the Pages address as baseUrl unless certfolio.yaml sets one
                env:
                  BASE_URL: ${{ steps.pages.outputs.base_url }}
                run: |
                  if ! grep -q '^baseUrl:' certfolio.yaml; then
                    printf '\nbaseUrl: "%s/"\n' "$BASE_URL" >> certfolio.yaml
                  fi
              - name: Build
                run: certfolio build -o _site
              - uses: actions/upload-pages-artifact@v3
                with:
                  path: _site

          deploy:
            needs: build
            runs-on: ubuntu-latest
            permissions:
              pages: write
              id-token: write
            environment:
              name: github-pages
              url: ${{ steps.deployment.outputs.page_url }}
            concurrency:
              group: pages
              cancel-in-progress: false
            steps:
              - id: deployment
                uses: actions/deploy-pages@v4

          attention:
            if: github.event_name == 'schedule' || github.event_name == 'workflow_dispatch'
            runs-on: ubuntu-latest
            permissions:
              contents: read
              issues: write
            concurrency:
              group: certfolio-attention
              cancel-in-progress: false
            steps:
              - uses: actions/checkout@v4
              - uses: actions/setup-dotnet@v4
                with:
                  dotnet-version: "10.0.x"
              - name: Install Certfolio
                run: dotnet tool install --global Certfolio
              - name: Open, update or close the issue
                env:
                  GH_TOKEN: ${{ github.token }}
                  GH_REPO: ${{ github.repository }}
                  TITLE: Certifications need attention
                run: |
                  set +e
                  certfolio status --fail-within 60 > status.txt
                  code=$?
                  set -e
                  cat status.txt
                  number=$(gh issue list --state open --search "in:title \"$TITLE\"" --json number,title \
                    --jq '.[] | select(.title == "Certifications need attention") | .number' | head -n 1)
                  if [ "$code" -eq 3 ]; then
                    {
                      echo "Something expires or needs renewal within 60 days (\`certfolio status --fail-within 60\`):"
                      echo
                      echo '```'
                      cat status.txt
                      echo '```'
                    } > body.md
                    if [ -n "$number" ]; then
                      gh issue edit "$number" --body-file body.md
                    else
                      gh issue create --title "$TITLE" --body-file body.md
                    fi
                  elif [ "$code" -eq 0 ]; then
                    if [ -n "$number" ]; then
                      gh issue close "$number" --comment "Nothing needs attention any more."
                    fi
                  else
                    exit "$code"
                  fi

        """;

    /// <summary>Check on pushes and merge requests, Pages from the default branch, status on a scheduled pipeline.</summary>
    public const string GitLabCi = """
        # Written by `certfolio init`.
        # - check: every push and merge request.
        # - pages: every push to the default branch publishes the site to GitLab Pages.
        # - status: on a scheduled pipeline (Build > Pipeline schedules, e.g. daily), fails when a credential
        #   expires or needs renewal within 60 days, so GitLab notifies you.
        image: mcr.microsoft.com/dotnet/sdk:10.0

        variables:
          DOTNET_NOLOGO: "true"
          DOTNET_CLI_TELEMETRY_OPTOUT: "true"

        .certfolio:
          before_script:
            - dotnet tool install --global Certfolio
            - export PATH="$PATH:$HOME/.dotnet/tools"

        check:
          extends: .certfolio
          stage: test
          script:
            - certfolio check
          rules:
            - if: $CI_PIPELINE_SOURCE == "push" || $CI_PIPELINE_SOURCE == "merge_request_event"

        pages:
          extends: .certfolio
          stage: deploy
          script:
            - certfolio build -o _site
          pages:
            publish: _site
          artifacts:
            paths:
              - _site
          rules:
            - if: $CI_PIPELINE_SOURCE == "push" && $CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH

        status:
          extends: .certfolio
          stage: test
          script:
            - certfolio status --fail-within 60
          rules:
            - if: $CI_PIPELINE_SOURCE == "schedule"

        """;

    /// <summary>A YAML double-quoted scalar; answers are one line without control characters (InitAnswerRules).</summary>
    public static string Quote(string value)
    {
        var quoted = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            if (c is '"' or '\\') quoted.Append('\\');
            quoted.Append(c);
        }
        return quoted.Append('"').ToString();
    }
}
