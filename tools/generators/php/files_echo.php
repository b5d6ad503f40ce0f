<?php
// PHP's own reading of an upload, for tools/generators/php_echo.py (run by `php -n -S`):
// $_FILES['files'] as file names in $_FILES' shape, each array as [key, item] pairs so that key
// order and key types survive JSON. The check compares it with plusofon_mock's reading.
function pairs($value)
{
    if (!is_array($value)) {
        return $value;
    }
    $pairs = [];
    foreach ($value as $key => $item) {
        $pairs[] = [$key, pairs($item)];
    }
    return $pairs;
}

header('Content-Type: application/json');
echo json_encode(pairs($_FILES['files']['name'] ?? null));
