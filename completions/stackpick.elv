
use builtin;
use str;

set edit:completion:arg-completer[stackpick] = {|@words|
    fn spaces {|n|
        builtin:repeat $n ' ' | str:join ''
    }
    fn cand {|text desc|
        edit:complex-candidate $text &display=$text' '(spaces (- 14 (wcswidth $text)))$desc
    }
    var command = 'stackpick'
    for word $words[1..-1] {
        if (str:has-prefix $word '-') {
            break
        }
        set command = $command';'$word
    }
    var completions = [
        &'stackpick'= {
            cand --format 'Output format'
            cand --color 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured under auto)'
            cand --catalog 'Extra catalog layer over the embedded catalog (repeatable, applied in order)'
            cand --json 'Shorthand for --format json'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand recommend 'Recommend whole stacks for a product, a team and a scaling path, ranked and explained; on a terminal with no profile option, an interview asks for them'
            cand explain 'Score the stack you have in mind for a profile, and see why it ranks below the top pick'
            cand compare 'Compare 2 to 6 technologies side by side'
            cand show 'Show one technology in full'
            cand list 'Browse the catalog, optionally one category or what suits a product type'
            cand catalog 'Check or export catalog directories'
            cand completions 'Print a shell completion script'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'stackpick;recommend'= {
            cand --product 'Product type: saas, ecommerce, realtime, ai, internal-tool, content, mobile-backend, fintech, enterprise, mvp, iot, gaming, data-pipeline, marketplace, microservices, local-first'
            cand --team 'Languages or frameworks the team knows, LEVEL novice, working (default) or expert; `none` for no skills'
            cand --scale 'Scaling path: prototype, growth (default), large or hyperscale'
            cand --priority 'What matters most: time-to-market, cost, performance, reliability, simplicity, hiring, security'
            cand --cloud 'Cloud: aws, gcp, azure or any (default)'
            cand --hosting 'Hosting model: managed, self-hosted, serverless or any (default)'
            cand --require 'Technologies every recommended stack must contain'
            cand --avoid 'Technologies no recommended stack may contain'
            cand --prefer 'Technologies that earn a bonus, shown in the breakdown'
            cand --profile 'Read the answers from a profile file (TOML, as --save-profile writes it); flags given as well take precedence'
            cand --top 'How many stacks to show'
            cand --save-profile 'Write the answers (from flags or the wizard) to a profile file (TOML)'
            cand --format 'Output format'
            cand --color 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured under auto)'
            cand --catalog 'Extra catalog layer over the embedded catalog (repeatable, applied in order)'
            cand --open-source-only 'Only technologies whose licence is open source'
            cand --no-input 'Never prompt; unanswered questions take their defaults'
            cand --force 'Overwrite the --save-profile file if it exists'
            cand --json 'Shorthand for --format json'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'stackpick;explain'= {
            cand --product 'Product type: saas, ecommerce, realtime, ai, internal-tool, content, mobile-backend, fintech, enterprise, mvp, iot, gaming, data-pipeline, marketplace, microservices, local-first'
            cand --team 'Languages or frameworks the team knows, LEVEL novice, working (default) or expert; `none` for no skills'
            cand --scale 'Scaling path: prototype, growth (default), large or hyperscale'
            cand --priority 'What matters most: time-to-market, cost, performance, reliability, simplicity, hiring, security'
            cand --cloud 'Cloud: aws, gcp, azure or any (default)'
            cand --hosting 'Hosting model: managed, self-hosted, serverless or any (default)'
            cand --require 'Technologies every recommended stack must contain'
            cand --avoid 'Technologies no recommended stack may contain'
            cand --prefer 'Technologies that earn a bonus, shown in the breakdown'
            cand --profile 'Read the answers from a profile file (TOML, as --save-profile writes it); flags given as well take precedence'
            cand --format 'Output format'
            cand --color 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured under auto)'
            cand --catalog 'Extra catalog layer over the embedded catalog (repeatable, applied in order)'
            cand --open-source-only 'Only technologies whose licence is open source'
            cand --no-input 'Never prompt; unanswered questions take their defaults'
            cand --json 'Shorthand for --format json'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'stackpick;compare'= {
            cand --format 'Output format'
            cand --color 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured under auto)'
            cand --catalog 'Extra catalog layer over the embedded catalog (repeatable, applied in order)'
            cand --json 'Shorthand for --format json'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'stackpick;show'= {
            cand --format 'Output format'
            cand --color 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured under auto)'
            cand --catalog 'Extra catalog layer over the embedded catalog (repeatable, applied in order)'
            cand --json 'Shorthand for --format json'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'stackpick;list'= {
            cand --for 'Only technologies that are a strong fit for this product type'
            cand --format 'Output format'
            cand --color 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured under auto)'
            cand --catalog 'Extra catalog layer over the embedded catalog (repeatable, applied in order)'
            cand --json 'Shorthand for --format json'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'stackpick;catalog'= {
            cand --format 'Output format'
            cand --color 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured under auto)'
            cand --catalog 'Extra catalog layer over the embedded catalog (repeatable, applied in order)'
            cand --json 'Shorthand for --format json'
            cand -h 'Print help'
            cand --help 'Print help'
            cand validate 'Check a catalog directory as a layer over the embedded catalog (and the configured layers); every problem is reported as file:line:col: message'
            cand export 'Write the embedded catalog out as editable TOML'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'stackpick;catalog;validate'= {
            cand --format 'Output format'
            cand --color 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured under auto)'
            cand --catalog 'Extra catalog layer over the embedded catalog (repeatable, applied in order)'
            cand --json 'Shorthand for --format json'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'stackpick;catalog;export'= {
            cand --format 'Output format'
            cand --color 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured under auto)'
            cand --catalog 'Extra catalog layer over the embedded catalog (repeatable, applied in order)'
            cand --force 'Overwrite files that already exist'
            cand --json 'Shorthand for --format json'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'stackpick;catalog;help'= {
            cand validate 'Check a catalog directory as a layer over the embedded catalog (and the configured layers); every problem is reported as file:line:col: message'
            cand export 'Write the embedded catalog out as editable TOML'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'stackpick;catalog;help;validate'= {
        }
        &'stackpick;catalog;help;export'= {
        }
        &'stackpick;catalog;help;help'= {
        }
        &'stackpick;completions'= {
            cand --format 'Output format'
            cand --color 'When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured under auto)'
            cand --catalog 'Extra catalog layer over the embedded catalog (repeatable, applied in order)'
            cand --json 'Shorthand for --format json'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'stackpick;help'= {
            cand recommend 'Recommend whole stacks for a product, a team and a scaling path, ranked and explained; on a terminal with no profile option, an interview asks for them'
            cand explain 'Score the stack you have in mind for a profile, and see why it ranks below the top pick'
            cand compare 'Compare 2 to 6 technologies side by side'
            cand show 'Show one technology in full'
            cand list 'Browse the catalog, optionally one category or what suits a product type'
            cand catalog 'Check or export catalog directories'
            cand completions 'Print a shell completion script'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'stackpick;help;recommend'= {
        }
        &'stackpick;help;explain'= {
        }
        &'stackpick;help;compare'= {
        }
        &'stackpick;help;show'= {
        }
        &'stackpick;help;list'= {
        }
        &'stackpick;help;catalog'= {
            cand validate 'Check a catalog directory as a layer over the embedded catalog (and the configured layers); every problem is reported as file:line:col: message'
            cand export 'Write the embedded catalog out as editable TOML'
        }
        &'stackpick;help;catalog;validate'= {
        }
        &'stackpick;help;catalog;export'= {
        }
        &'stackpick;help;completions'= {
        }
        &'stackpick;help;help'= {
        }
    ]
    $completions[$command]
}
