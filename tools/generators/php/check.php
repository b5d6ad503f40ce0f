<?php
// openapi-generator's `-g php` client (out/php) against the mock: one JSON line a behaviour.
// Composer and Packagist are out of reach here: Guzzle and the PSR interfaces come from Debian's
// packages (php-guzzlehttp-guzzle pulls in the rest), whose autoloaders live under /usr/share/php;
// the client's own classes are loaded by the PSR-4 rule its composer.json declares.
require '/usr/share/php/GuzzleHttp/autoload.php';
spl_autoload_register(function (string $class): void {
    $prefix = 'OpenAPI\\Client\\';
    if (strncmp($class, $prefix, strlen($prefix)) === 0) {
        $path = getenv('OUT') . '/lib/' . str_replace('\\', '/', substr($class, strlen($prefix))) . '.php';
        if (is_file($path)) {
            require $path;
        }
    }
});

use OpenAPI\Client\Api\AgreementApi;
use OpenAPI\Client\Api\NumberApi;
use OpenAPI\Client\Configuration;
use OpenAPI\Client\Model\AgreementJurSaveRequest;
use OpenAPI\Client\Model\NumberSearchRequest;

const ACCOUNT = '30101810400000000225';
const CYRILLIC_KEY = "\u{0441}orrespondent_account";

function report(string $behaviour, array $result): void
{
    echo json_encode(['behaviour' => $behaviour] + $result, JSON_UNESCAPED_UNICODE), "\n";
}

function behaviour(string $name, callable $run): void
{
    try {
        report($name, $run());
    } catch (Throwable $error) {
        $first = explode("\n", $error->getMessage())[0];
        report($name, ['error' => substr(get_class($error) . ': ' . $first, 0, 300)]);
    }
}

$configuration = Configuration::getDefaultConfiguration()
    ->setHost(getenv('PLUSOFON_BASE_URL'))
    ->setAccessToken(getenv('PLUSOFON_TOKEN'))
    ->setApiKey('Client', getenv('PLUSOFON_CLIENT_ID'));
$http = new GuzzleHttp\Client();
$numbers = new NumberApi($http, $configuration);
$agreement = new AgreementApi($http, $configuration);

behaviour('filter', function () use ($numbers): array {
    $found = [];
    foreach (['def', 'abc'] as $kind) {
        $page = $numbers->searchNumbers(1, new NumberSearchRequest(['phone_type' => $kind]));
        $found[$kind] = array_map(fn ($item) => (string) $item->getPhoneType(), $page->getData());
    }
    return $found;
});
behaviour('unfiltered', fn (): array => ['count' => count($numbers->listNumbers()->getData())]);
behaviour('upload', function () use ($agreement): array {
    $files = [];
    foreach (['signed-1.pdf', 'signed-2.pdf'] as $name) {
        $path = sys_get_temp_dir() . '/' . $name;
        file_put_contents($path, "%PDF-1.4 $name");
        $files[] = new SplFileObject($path);
    }
    $agreement->uploadSignedAgreement($files);
    return ['sent' => true];
});
behaviour('cyrillic', function () use ($agreement): array {
    // The property whose wire key is the Cyrillic one: the README's --name-mappings names it.
    $property = array_search(CYRILLIC_KEY, AgreementJurSaveRequest::attributeMap(), true);
    $agreement->saveJurAgreement(new AgreementJurSaveRequest([
        'name' => 'РОМАЖЕЧКА',
        'correspondent_account_cyrillic' => ACCOUNT,
    ]));
    $read = $agreement->getJurAgreement()->getAgreement();
    return ['property' => $property, 'read' => $read->getCorrespondentAccountCyrillic()];
});
