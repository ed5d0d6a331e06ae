
using namespace System.Management.Automation
using namespace System.Management.Automation.Language

Register-ArgumentCompleter -Native -CommandName 'stackpick' -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)

    $commandElements = $commandAst.CommandElements
    $command = @(
        'stackpick'
        for ($i = 1; $i -lt $commandElements.Count; $i++) {
            $element = $commandElements[$i]
            if ($element -isnot [StringConstantExpressionAst] -or
                $element.StringConstantType -ne [StringConstantType]::BareWord -or
                $element.Value.StartsWith('-') -or
                $element.Value -eq $wordToComplete) {
                break
        }
        $element.Value
    }) -join ';'

    $completions = @(switch ($command) {
        'stackpick' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured under auto)')
            [CompletionResult]::new('--catalog', '--catalog', [CompletionResultType]::ParameterName, 'Extra catalog layer over the embedded catalog (repeatable, applied in order)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('recommend', 'recommend', [CompletionResultType]::ParameterValue, 'Recommend whole stacks for a product, a team and a scaling path, ranked and explained; on a terminal with no profile option, an interview asks for them')
            [CompletionResult]::new('explain', 'explain', [CompletionResultType]::ParameterValue, 'Score the stack you have in mind for a profile, and see why it ranks below the top pick')
            [CompletionResult]::new('compare', 'compare', [CompletionResultType]::ParameterValue, 'Compare 2 to 6 technologies side by side')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one technology in full')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Browse the catalog, optionally one category or what suits a product type')
            [CompletionResult]::new('catalog', 'catalog', [CompletionResultType]::ParameterValue, 'Check or export catalog directories')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'stackpick;recommend' {
            [CompletionResult]::new('--product', '--product', [CompletionResultType]::ParameterName, 'Product type: saas, ecommerce, realtime, ai, internal-tool, content, mobile-backend, fintech, enterprise, mvp, iot, gaming, data-pipeline, marketplace, microservices, local-first')
            [CompletionResult]::new('--team', '--team', [CompletionResultType]::ParameterName, 'Languages or frameworks the team knows, LEVEL novice, working (default) or expert; `none` for no skills')
            [CompletionResult]::new('--scale', '--scale', [CompletionResultType]::ParameterName, 'Scaling path: prototype, growth (default), large or hyperscale')
            [CompletionResult]::new('--priority', '--priority', [CompletionResultType]::ParameterName, 'What matters most: time-to-market, cost, performance, reliability, simplicity, hiring, security')
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'Cloud: aws, gcp, azure or any (default)')
            [CompletionResult]::new('--hosting', '--hosting', [CompletionResultType]::ParameterName, 'Hosting model: managed, self-hosted, serverless or any (default)')
            [CompletionResult]::new('--require', '--require', [CompletionResultType]::ParameterName, 'Technologies every recommended stack must contain')
            [CompletionResult]::new('--avoid', '--avoid', [CompletionResultType]::ParameterName, 'Technologies no recommended stack may contain')
            [CompletionResult]::new('--prefer', '--prefer', [CompletionResultType]::ParameterName, 'Technologies that earn a bonus, shown in the breakdown')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Read the answers from a profile file (TOML, as --save-profile writes it); flags given as well take precedence')
            [CompletionResult]::new('--top', '--top', [CompletionResultType]::ParameterName, 'How many stacks to show')
            [CompletionResult]::new('--save-profile', '--save-profile', [CompletionResultType]::ParameterName, 'Write the answers (from flags or the wizard) to a profile file (TOML)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured under auto)')
            [CompletionResult]::new('--catalog', '--catalog', [CompletionResultType]::ParameterName, 'Extra catalog layer over the embedded catalog (repeatable, applied in order)')
            [CompletionResult]::new('--open-source-only', '--open-source-only', [CompletionResultType]::ParameterName, 'Only technologies whose licence is open source')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; unanswered questions take their defaults')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Overwrite the --save-profile file if it exists')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'stackpick;explain' {
            [CompletionResult]::new('--product', '--product', [CompletionResultType]::ParameterName, 'Product type: saas, ecommerce, realtime, ai, internal-tool, content, mobile-backend, fintech, enterprise, mvp, iot, gaming, data-pipeline, marketplace, microservices, local-first')
            [CompletionResult]::new('--team', '--team', [CompletionResultType]::ParameterName, 'Languages or frameworks the team knows, LEVEL novice, working (default) or expert; `none` for no skills')
            [CompletionResult]::new('--scale', '--scale', [CompletionResultType]::ParameterName, 'Scaling path: prototype, growth (default), large or hyperscale')
            [CompletionResult]::new('--priority', '--priority', [CompletionResultType]::ParameterName, 'What matters most: time-to-market, cost, performance, reliability, simplicity, hiring, security')
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'Cloud: aws, gcp, azure or any (default)')
            [CompletionResult]::new('--hosting', '--hosting', [CompletionResultType]::ParameterName, 'Hosting model: managed, self-hosted, serverless or any (default)')
            [CompletionResult]::new('--require', '--require', [CompletionResultType]::ParameterName, 'Technologies every recommended stack must contain')
            [CompletionResult]::new('--avoid', '--avoid', [CompletionResultType]::ParameterName, 'Technologies no recommended stack may contain')
            [CompletionResult]::new('--prefer', '--prefer', [CompletionResultType]::ParameterName, 'Technologies that earn a bonus, shown in the breakdown')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Read the answers from a profile file (TOML, as --save-profile writes it); flags given as well take precedence')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured under auto)')
            [CompletionResult]::new('--catalog', '--catalog', [CompletionResultType]::ParameterName, 'Extra catalog layer over the embedded catalog (repeatable, applied in order)')
            [CompletionResult]::new('--open-source-only', '--open-source-only', [CompletionResultType]::ParameterName, 'Only technologies whose licence is open source')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; unanswered questions take their defaults')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'stackpick;compare' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured under auto)')
            [CompletionResult]::new('--catalog', '--catalog', [CompletionResultType]::ParameterName, 'Extra catalog layer over the embedded catalog (repeatable, applied in order)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'stackpick;show' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured under auto)')
            [CompletionResult]::new('--catalog', '--catalog', [CompletionResultType]::ParameterName, 'Extra catalog layer over the embedded catalog (repeatable, applied in order)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'stackpick;list' {
            [CompletionResult]::new('--for', '--for', [CompletionResultType]::ParameterName, 'Only technologies that are a strong fit for this product type')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured under auto)')
            [CompletionResult]::new('--catalog', '--catalog', [CompletionResultType]::ParameterName, 'Extra catalog layer over the embedded catalog (repeatable, applied in order)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'stackpick;catalog' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured under auto)')
            [CompletionResult]::new('--catalog', '--catalog', [CompletionResultType]::ParameterName, 'Extra catalog layer over the embedded catalog (repeatable, applied in order)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('validate', 'validate', [CompletionResultType]::ParameterValue, 'Check a catalog directory as a layer over the embedded catalog (and the configured layers); every problem is reported as file:line:col: message')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Write the embedded catalog out as editable TOML')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'stackpick;catalog;validate' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured under auto)')
            [CompletionResult]::new('--catalog', '--catalog', [CompletionResultType]::ParameterName, 'Extra catalog layer over the embedded catalog (repeatable, applied in order)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'stackpick;catalog;export' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured under auto)')
            [CompletionResult]::new('--catalog', '--catalog', [CompletionResultType]::ParameterName, 'Extra catalog layer over the embedded catalog (repeatable, applied in order)')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Overwrite files that already exist')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'stackpick;catalog;help' {
            [CompletionResult]::new('validate', 'validate', [CompletionResultType]::ParameterValue, 'Check a catalog directory as a layer over the embedded catalog (and the configured layers); every problem is reported as file:line:col: message')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Write the embedded catalog out as editable TOML')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'stackpick;catalog;help;validate' {
            break
        }
        'stackpick;catalog;help;export' {
            break
        }
        'stackpick;catalog;help;help' {
            break
        }
        'stackpick;completions' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured under auto)')
            [CompletionResult]::new('--catalog', '--catalog', [CompletionResultType]::ParameterName, 'Extra catalog layer over the embedded catalog (repeatable, applied in order)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'stackpick;help' {
            [CompletionResult]::new('recommend', 'recommend', [CompletionResultType]::ParameterValue, 'Recommend whole stacks for a product, a team and a scaling path, ranked and explained; on a terminal with no profile option, an interview asks for them')
            [CompletionResult]::new('explain', 'explain', [CompletionResultType]::ParameterValue, 'Score the stack you have in mind for a profile, and see why it ranks below the top pick')
            [CompletionResult]::new('compare', 'compare', [CompletionResultType]::ParameterValue, 'Compare 2 to 6 technologies side by side')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one technology in full')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Browse the catalog, optionally one category or what suits a product type')
            [CompletionResult]::new('catalog', 'catalog', [CompletionResultType]::ParameterValue, 'Check or export catalog directories')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'stackpick;help;recommend' {
            break
        }
        'stackpick;help;explain' {
            break
        }
        'stackpick;help;compare' {
            break
        }
        'stackpick;help;show' {
            break
        }
        'stackpick;help;list' {
            break
        }
        'stackpick;help;catalog' {
            [CompletionResult]::new('validate', 'validate', [CompletionResultType]::ParameterValue, 'Check a catalog directory as a layer over the embedded catalog (and the configured layers); every problem is reported as file:line:col: message')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Write the embedded catalog out as editable TOML')
            break
        }
        'stackpick;help;catalog;validate' {
            break
        }
        'stackpick;help;catalog;export' {
            break
        }
        'stackpick;help;completions' {
            break
        }
        'stackpick;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
