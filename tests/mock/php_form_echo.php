<?php
// What PHP made of a request's form: $_POST and $_FILES as JSON, for tests/mock/test_mock_php_form.py.
// Run by `php -S`. An array is {"array": [[key, value], ...]} so that key order and key types
// (int or string) survive; a file is {"file": {...}}, its tree built from $_FILES' name/type/...
// sub-arrays, which PHP keys alike.

function typed($value)
{
    if (!is_array($value)) {
        return $value;
    }
    $pairs = [];
    foreach ($value as $key => $item) {
        $pairs[] = [$key, typed($item)];
    }
    return ['array' => $pairs];
}

function file_tree($name, $type, $size, $error, $tmp)
{
    if (is_array($name)) {
        $pairs = [];
        foreach ($name as $key => $item) {
            $pairs[] = [$key, file_tree($item, $type[$key], $size[$key], $error[$key], $tmp[$key])];
        }
        return ['array' => $pairs];
    }
    $data = $error === UPLOAD_ERR_OK ? base64_encode(file_get_contents($tmp)) : null;
    return ['file' => ['filename' => $name, 'type' => $type, 'size' => $size, 'error' => $error, 'data' => $data]];
}

$files = [];
foreach ($_FILES as $field => $info) {
    $files[] = [$field, file_tree($info['name'], $info['type'], $info['size'], $info['error'], $info['tmp_name'])];
}
header('Content-Type: application/json');
echo json_encode(['post' => typed($_POST), 'files' => ['array' => $files]], JSON_INVALID_UTF8_SUBSTITUTE);
